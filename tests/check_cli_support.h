#pragma once
// Running permitted-check as a user does, for the tests of its command line: a process with its
// own environment (no user's settings or added words leak in), its output and exit status.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace permitted::test {

inline const QString kCheckProgram = QStringLiteral(PERMITTED_CHECK_PATH);

struct Run {
    int exitCode = -1;     // -1: it crashed or hung
    QByteArray out;
    QByteArray err;
};

// `environment` is added to the system's; XDG_DATA_HOME is a folder of its own unless given, so
// that the machine's editor words are not read.
inline Run runProgram(const QString &program, const QStringList &args, const QString &workingDir, const QByteArray &input,
                      const QList<std::pair<QString, QString>> &environment)
{
    static QTemporaryDir emptyData;
    QProcess p;
    p.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), emptyData.path());
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace permitted::test
