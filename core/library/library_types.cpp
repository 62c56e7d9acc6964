#include "library_types.h"

namespace permitted {

QString translationStatusName(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Missing: return QStringLiteral("missing");
    case TranslationStatus::Done: return QStringLiteral("done");
    case TranslationStatus::NeedsReview: return QStringLiteral("needs-review");
    }
    return {};
}

std::optional<TranslationStatus> translationStatusFromName(const QString &name)
{
    for (TranslationStatus s : {TranslationStatus::Missing, TranslationStatus::Done, TranslationStatus::NeedsReview})
        if (translationStatusName(s) == name)
            return s;
    return std::nullopt;
}

const TemplateVariant *LibraryTemplate::variant(const QString &language) const
{
    for (const TemplateVariant &v : variants)
        if (v.language == language)
            return &v;
    return nullptr;
}

TranslationStatus LibraryTemplate::status(const QString &language) const
{
    const TemplateVariant *v = variant(language);
    return v ? v->status : TranslationStatus::Missing;
}

} // namespace permitted
