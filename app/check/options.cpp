#include "options.h"
#include "languages.h"
#include "reasons.h"

namespace permitted {

QString checkUsage()
{
    return QStringLiteral(
        "Usage: permitted-check [options] FILE...   (- reads standard input)\n"
        "Checks buyer messages against Amazon's communication rules.\n\n"
        "  --lang CODE              buyer language (en, fr, de, es, it, nl, sv, pl, tr, pt, ar, ja, zh); default en\n"
        "  --kind proactive|reply   default: the reason's kind, else proactive\n"
        "  --reason ID              contact reason (see REASONS.md), for text limits and attachments\n"
        "  --channel text|html      default: html for .html/.htm files, text otherwise\n"
        "  --marketplace CODE       US, UK, DE, FR ...; default: the language's first marketplace\n"
        "  --order-completed DATE   YYYY-MM-DD, for the 30-day window of proactive messages\n"
        "  --today DATE             YYYY-MM-DD; default: today\n"
        "  --subject TEXT           the message's subject\n"
        "  --format text|json       default text\n"
        "  --list-rules             list every rule and exit\n"
        "  --list-templates         list the built-in templates and exit\n"
        "  --check-templates        check every built-in template in its own language (with --lang: that\n"
        "                           language's only), reported as template:REASON/LANG\n"
        "  --version, --help\n\n"
        "Exit status: 0 no error finding, 1 at least one error finding, 2 unusable input or options.\n");
}

namespace {

std::optional<QDate> parseDate(const QString &value)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        return std::nullopt;
    return d;
}

} // namespace

std::optional<CheckOptions> parseCheckOptions(const QStringList &args, QString *error)
{
    CheckOptions o;
    std::optional<QString> kind, marketplace;
    bool filesOnly = false;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        if (filesOnly || arg == QLatin1String("-") || !arg.startsWith(QLatin1String("--"))) {
            if (!filesOnly && arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
                *error = QStringLiteral("unknown option %1 (see --help)").arg(arg);
                return std::nullopt;
            }
            o.files << arg;
            continue;
        }
        if (arg == QLatin1String("--")) { filesOnly = true; continue; }
        if (arg == QLatin1String("--list-rules")) { o.listRules = true; continue; }
        if (arg == QLatin1String("--list-templates")) { o.listTemplates = true; continue; }
        if (arg == QLatin1String("--check-templates")) { o.checkTemplates = true; continue; }
        if (arg == QLatin1String("--version")) { o.version = true; continue; }
        if (arg == QLatin1String("--help")) { o.help = true; continue; }
        QString value;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            *error = QStringLiteral("%1 needs a value").arg(arg);
            return std::nullopt;
        }
        if (arg == QLatin1String("--lang")) {
            if (!findBuyerLanguage(value)) {
                *error = QStringLiteral("unknown language \"%1\" (use one of: en, fr, de, es, it, nl, sv, pl, tr, pt, ar, ja, zh)").arg(value);
                return std::nullopt;
            }
            o.context.language = value;
            o.languageGiven = true;
        } else if (arg == QLatin1String("--kind")) {
            if (value != QLatin1String("proactive") && value != QLatin1String("reply")) {
                *error = QStringLiteral("unknown kind \"%1\" (use proactive or reply)").arg(value);
                return std::nullopt;
            }
            kind = value;
        } else if (arg == QLatin1String("--reason")) {
            if (!findContactReason(value)) {
                *error = QStringLiteral("unknown contact reason \"%1\"").arg(value);
                return std::nullopt;
            }
            o.context.reason = value;
        } else if (arg == QLatin1String("--channel")) {
            if (value == QLatin1String("text")) o.channel = ChannelChoice::Text;
            else if (value == QLatin1String("html")) o.channel = ChannelChoice::Html;
            else {
                *error = QStringLiteral("unknown channel \"%1\" (use text or html)").arg(value);
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--marketplace")) {
            if (!allMarketplaces().contains(value.toUpper())) {
                *error = QStringLiteral("unknown marketplace \"%1\" (use one of: %2)").arg(value, allMarketplaces().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            marketplace = value.toUpper();
        } else if (arg == QLatin1String("--order-completed") || arg == QLatin1String("--today")) {
            const auto date = parseDate(value);
            if (!date) {
                *error = QStringLiteral("%1: \"%2\" is not a date in the form YYYY-MM-DD").arg(arg, value);
                return std::nullopt;
            }
            if (arg == QLatin1String("--today")) o.context.today = *date;
            else o.context.orderCompleted = *date;
        } else if (arg == QLatin1String("--subject")) {
            o.subject = value;
        } else if (arg == QLatin1String("--format")) {
            if (value == QLatin1String("text")) o.format = OutputFormat::Text;
            else if (value == QLatin1String("json")) o.format = OutputFormat::Json;
            else {
                *error = QStringLiteral("unknown format \"%1\" (use text or json)").arg(value);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("unknown option %1 (see --help)").arg(arg);
            return std::nullopt;
        }
    }
    o.context.marketplace = marketplace.value_or(findBuyerLanguage(o.context.language)->marketplaces.front());
    const ContactReason *reason = findContactReason(o.context.reason);
    if (kind)
        o.context.kind = *kind == QLatin1String("reply") ? MessageKind::Reply : MessageKind::Proactive;
    else
        o.context.kind = reason ? reason->kind : MessageKind::Proactive;
    if (o.checkTemplates && !o.files.isEmpty()) {
        *error = QStringLiteral("--check-templates checks the built-in templates; give no FILE with it");
        return std::nullopt;
    }
    if (o.files.isEmpty() && !o.listRules && !o.listTemplates && !o.checkTemplates && !o.version && !o.help) {
        *error = QStringLiteral("no input file (give FILE..., or - for standard input)");
        return std::nullopt;
    }
    return o;
}

} // namespace permitted
