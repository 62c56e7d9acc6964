#include "project_settings.h"
#include "languages.h"
#include "reasons.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace permitted {

namespace {

// A value QSettings read as a list ("a, b") or as one string ("a").
QStringList listValue(const QSettings &ini, const QString &key)
{
    QStringList out;
    for (const QString &item : ini.value(key).toStringList())
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
                out << trimmed;
    return out;
}

bool readContext(const QSettings &ini, ContextOptions &c, QString *error)
{
    const QString language = ini.value(QStringLiteral("message/language")).toString();
    if (!language.isEmpty()) {
        if (!findBuyerLanguage(language)) {
            *error = QStringLiteral("[message] language: unknown language \"%1\"").arg(language);
            return false;
        }
        c.language = language;
    }
    const QString marketplace = ini.value(QStringLiteral("message/marketplace")).toString().toUpper();
    if (!marketplace.isEmpty()) {
        if (!allMarketplaces().contains(marketplace)) {
            *error = QStringLiteral("[message] marketplace: unknown marketplace \"%1\"").arg(marketplace);
            return false;
        }
        c.marketplace = marketplace;
    }
    const QString kind = ini.value(QStringLiteral("message/kind")).toString();
    if (kind == QLatin1String("proactive"))
        c.kind = MessageKind::Proactive;
    else if (kind == QLatin1String("reply"))
        c.kind = MessageKind::Reply;
    else if (!kind.isEmpty()) {
        *error = QStringLiteral("[message] kind: \"%1\" is neither proactive nor reply").arg(kind);
        return false;
    }
    const QString reason = ini.value(QStringLiteral("message/reason")).toString();
    if (!reason.isEmpty()) {
        if (!findContactReason(reason)) {
            *error = QStringLiteral("[message] reason: unknown contact reason \"%1\"").arg(reason);
            return false;
        }
        c.reason = reason;
    }
    return true;
}

bool readWordFile(const QString &path, QSet<QString> &words, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("[words] file: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    for (const QByteArray &line : file.readAll().split('\n'))
        if (const QString word = QString::fromUtf8(line).trimmed(); !word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words.insert(word);
    return true;
}

// Whether `host` is `domain` or one of its subdomains.
bool isWithin(const QString &host, const QString &domain)
{
    return host.compare(domain, Qt::CaseInsensitive) == 0
           || host.endsWith(QLatin1Char('.') + domain, Qt::CaseInsensitive);
}

} // namespace

std::optional<ProjectSettings> readProjectSettings(const QString &path, const QSet<QString> &knownRules, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::nullopt;
    };
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
        return fail(QStringLiteral("cannot read the settings file"));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return fail(QStringLiteral("not a valid settings file (INI)"));
    ProjectSettings settings;
    settings.path = path;
    QString reason;
    if (!readContext(ini, settings.context, &reason))
        return fail(reason);
    ini.beginGroup(QStringLiteral("rules"));
    for (const QString &rule : ini.childKeys()) {
        if (!knownRules.contains(rule))
            return fail(QStringLiteral("[rules] unknown rule \"%1\" (see permitted-check --list-rules)").arg(rule));
        const QString value = ini.value(rule).toString().trimmed().toLower();
        if (value == QLatin1String("off"))
            settings.rules.insert(rule, std::nullopt);
        else if (const auto severity = severityFromName(value))
            settings.rules.insert(rule, *severity);
        else
            return fail(QStringLiteral("[rules] %1: \"%2\" is not off, error, warning or suggestion").arg(rule, value));
    }
    ini.endGroup();
    settings.allowedDomains = listValue(ini, QStringLiteral("links/allowed"));
    for (const QString &word : listValue(ini, QStringLiteral("words/words")))
        settings.words.insert(word);
    if (const QString file = ini.value(QStringLiteral("words/file")).toString(); !file.isEmpty()) {
        const QString wordPath = QFileInfo(path).dir().absoluteFilePath(file);
        if (!readWordFile(wordPath, settings.words, &reason))
            return fail(reason);
    }
    return settings;
}

SettingsFinder::SettingsFinder(const CheckOptions &options, QSet<QString> knownRules)
    : m_options(options), m_knownRules(std::move(knownRules))
{
}

std::optional<std::shared_ptr<const ProjectSettings>> SettingsFinder::read(const QString &file, QString *error)
{
    if (file.isEmpty())
        return std::make_shared<const ProjectSettings>();
    if (auto it = m_byFile.find(file); it != m_byFile.end())
        return *it;
    auto settings = readProjectSettings(file, m_knownRules, error);
    if (!settings)
        return std::nullopt;
    auto shared = std::make_shared<const ProjectSettings>(std::move(*settings));
    m_byFile.insert(file, shared);
    return shared;
}

std::optional<std::shared_ptr<const ProjectSettings>> SettingsFinder::forPath(const QString &path, QString *error)
{
    if (m_options.noConfig)
        return read(QString(), error);
    if (!m_options.configFile.isEmpty())
        return read(m_options.configFile, error);
    const QString start = path == QLatin1String("-") ? QDir::currentPath() : QFileInfo(path).absolutePath();
    // Every folder walked through learns the answer, so a tree of files looks each folder up once.
    QStringList walked;
    QString found;
    QDir dir(start);
    for (;;) {
        const QString folder = dir.absolutePath();
        if (auto it = m_fileForFolder.find(folder); it != m_fileForFolder.end()) {
            found = *it;
            break;
        }
        walked << folder;
        if (const QString candidate = dir.absoluteFilePath(kSettingsFileName); QFileInfo(candidate).isFile()) {
            found = candidate;
            break;
        }
        if (!dir.cdUp())
            break;
    }
    for (const QString &folder : walked)
        m_fileForFolder.insert(folder, found);
    return read(found, error);
}

void applySettings(const ProjectSettings &settings, const Message &message, Findings &findings)
{
    if (settings.rules.isEmpty() && settings.allowedDomains.isEmpty() && settings.words.isEmpty())
        return;
    findings.removeIf([&](const Finding &f) {
        if (auto it = settings.rules.find(f.ruleId); it != settings.rules.end() && !it->has_value())
            return true;
        if (f.ruleId == QLatin1String("external-link") && f.note == QLatin1String("site") && !f.noteArgs.isEmpty())
            for (const QString &domain : settings.allowedDomains)
                if (isWithin(f.noteArgs.front(), domain))
                    return true;
        if (f.ruleId == QLatin1String("spelling") && !settings.words.isEmpty()) {
            const QString &text = f.part == Part::Subject ? message.subject : message.body;
            return settings.words.contains(text.mid(f.start, f.length));
        }
        return false;
    });
    for (Finding &f : findings)
        if (auto it = settings.rules.find(f.ruleId); it != settings.rules.end() && it->has_value())
            f.severity = **it;
}

} // namespace permitted
