#pragma once
// permitted-check's command line (QCommandLineParser), as DESIGN.md's contract and the manual
// page give it. What the command line leaves unsaid comes from a settings file, then from the
// defaults: each such option is kept as "not given".

#include "message.h"

#include <QStringList>
#include <optional>

namespace permitted {

enum class OutputFormat { Text, Json, Sarif };
enum class ColorChoice { Auto, Always, Never };

// What the command line says about the messages' context; nullopt where it says nothing.
struct ContextOptions {
    std::optional<QString> language;
    std::optional<QString> marketplace;
    std::optional<MessageKind> kind;
    std::optional<QString> reason;
    std::optional<Channel> channel;     // unset: html for .html and .htm files, text otherwise
    std::optional<QDate> orderCompleted;
    std::optional<QDate> today;
};

struct CheckOptions {
    QStringList paths;                  // files, folders, "-" for standard input
    ContextOptions context;
    QString subject;
    OutputFormat format = OutputFormat::Text;
    ColorChoice color = ColorChoice::Auto;
    bool quiet = false;                 // errors only, no summary
    QString configFile;                 // --config: this settings file for every input
    bool noConfig = false;              // --no-config: none at all
    bool listRules = false;
    bool listTemplates = false;
    bool checkTemplates = false;        // the built-in templates instead of PATH...
};

// What parsing asks of the program: to go on with the options, or to print and stop.
struct ParsedCommandLine {
    enum class Action { Check, Help, Version } action = Action::Check;
    CheckOptions options;
    QString helpText;
};

// Parses the arguments (with the program name first); nullopt and a one-line `error` when they
// cannot be used.
std::optional<ParsedCommandLine> parseCheckOptions(const QStringList &arguments, QString *error);

} // namespace permitted
