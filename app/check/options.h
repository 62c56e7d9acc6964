#pragma once
// permitted-check's command line, as DESIGN.md's contract gives it.

#include "message.h"

#include <QStringList>
#include <optional>

namespace permitted {

enum class OutputFormat { Text, Json };
enum class ChannelChoice { ByExtension, Text, Html };

struct CheckOptions {
    QStringList files;
    MessageContext context;
    ChannelChoice channel = ChannelChoice::ByExtension;
    QString subject;
    OutputFormat format = OutputFormat::Text;
    bool listRules = false;
    bool listTemplates = false;
    bool checkTemplates = false;     // the built-in templates instead of FILE...
    bool languageGiven = false;      // --lang was given: the templates of that language only
    bool version = false;
    bool help = false;
};

// Parses the arguments (without the program name); nullopt and a one-line `error` when they
// cannot be used.
std::optional<CheckOptions> parseCheckOptions(const QStringList &args, QString *error);
QString checkUsage();

} // namespace permitted
