#pragma once
// What permitted-check checks: each PATH read into the messages it holds, each in its context.
// A message or template file is one message; a template library export is one per template and
// language; a folder is every such file under it. Every input is read before anything is
// checked, so that a bad one stops the run with standard output still empty.

#include "ignore_directives.h"
#include "message.h"
#include "options.h"
#include "project_settings.h"

#include <QList>
#include <memory>

namespace permitted {

struct Check {
    QString path;                  // as reported: the file, FILE#TEMPLATE/LANG, template:REASON/LANG
    QString artifact;              // the file it is in; empty for standard input and built-in templates
    Message message;               // as checked
    MessageContext context;
    std::shared_ptr<const ProjectSettings> settings;
    QList<IgnoredStretch> ignored; // in the message's positions
    QList<RemovedText> removed;    // what of the file is not in the message (a header, directives)
    QString fileBody;              // the body as the file has it, for the report's lines
    bool positionsInFile = false;  // a text file: the body's lines are the file's (not HTML's text)
};

// The files under the PATHs (folders searched, hidden ones skipped), in a stable order; false and
// the one-line reason for a PATH that does not exist.
bool expandPaths(const QStringList &paths, QStringList *files, QString *error);

// Reads every file into its checks; false and the one-line reason at the first that cannot be used.
bool readChecks(const QStringList &files, const CheckOptions &options, SettingsFinder &settings, QList<Check> *checks,
                QString *error);

// The context of a message from what the command line, the file's place and the settings say,
// in that order of precedence.
MessageContext resolveContext(const ContextOptions &commandLine, const ContextOptions &fromPlace,
                              const ContextOptions &fromSettings);

} // namespace permitted
