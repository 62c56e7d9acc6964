#pragma once
// What the user's template library holds: templates, each with one variant per buyer language,
// and the history of messages copied for Seller Central.

#include "templates/builtin_templates.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace permitted {

// Where a language variant stands against the template's source language. The source itself
// is always Done; a translation becomes NeedsReview when the source changes after it.
enum class TranslationStatus { Missing, Done, NeedsReview };

QString translationStatusName(TranslationStatus status);                  // "done", "needs-review"
std::optional<TranslationStatus> translationStatusFromName(const QString &name);

struct TemplateVariant {
    QString language;
    TemplateText text;
    TranslationStatus status = TranslationStatus::Done;
    // A translation's source as it stood when the translation was written or last reviewed;
    // nothing for the source itself, or when it is not known (an older library, an import).
    std::optional<TemplateText> reviewedSource;
    QDateTime created;
    QDateTime updated;
};

struct LibraryTemplate {
    qint64 id = 0;                 // the row; 0 for a template not stored yet
    QString uuid;                  // stable across export and import
    QString name;
    QString reason;                // a contact reason ID
    QStringList tags;
    QString sourceLanguage;        // the variant the others are translated from
    QDateTime created;
    QDateTime updated;
    QList<TemplateVariant> variants;

    const TemplateVariant *variant(const QString &language) const;
    TranslationStatus status(const QString &language) const;
};

// One message copied for Seller Central.
struct HistoryEntry {
    QString orderId;
    QString reason;
    QString language;
    std::optional<QDate> orderCompleted;
    QDateTime copiedAt;
};

} // namespace permitted
