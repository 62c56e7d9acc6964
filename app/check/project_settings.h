#pragma once
// A project's settings for permitted-check: the .permitted.ini found in a file's folder or the
// nearest folder above it (or the file --config names). They give the messages' default
// context, turn rules off or change their severity, allow link domains, and list words that are
// never misspelt. The command line wins over them.

#include "finding.h"
#include "message.h"
#include "options.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace permitted {

struct ProjectSettings {
    QString path;                                   // the file read; empty: no settings
    ContextOptions context;                         // [message]
    QHash<QString, std::optional<Severity>> rules;  // [rules]: nullopt turns the rule off
    QStringList allowedDomains;                     // [links] allowed
    QSet<QString> words;                            // [words] words and file
};

inline const QString kSettingsFileName = QStringLiteral(".permitted.ini");

// Reads a settings file; nullopt and a one-line `error` when it cannot be used (an unknown
// rule, language or severity is an error: a typo must not silently check less).
std::optional<ProjectSettings> readProjectSettings(const QString &path, const QSet<QString> &knownRules, QString *error);

// The settings that apply to each input, read once per folder.
class SettingsFinder {
public:
    SettingsFinder(const CheckOptions &options, QSet<QString> knownRules);
    // The settings for a file at `path` ("-": the current folder's); nullopt with `error` when
    // the file that applies cannot be used.
    std::optional<std::shared_ptr<const ProjectSettings>> forPath(const QString &path, QString *error);

private:
    std::optional<std::shared_ptr<const ProjectSettings>> read(const QString &file, QString *error);

    const CheckOptions &m_options;
    const QSet<QString> m_knownRules;
    QHash<QString, std::shared_ptr<const ProjectSettings>> m_byFile;     // settings file -> settings
    QHash<QString, QString> m_fileForFolder;                            // folder -> settings file, "" for none
};

// The findings as the settings want them: rules turned off dropped, severities changed, links to
// allowed domains and misspellings of listed words dropped. `message` gives the words' text.
void applySettings(const ProjectSettings &settings, const Message &message, Findings &findings);

} // namespace permitted
