#pragma once
// The contact reasons of REASONS.md: what each is for, its text limit, what it may attach.

#include "message.h"

#include <QString>
#include <QStringList>

namespace permitted {

struct ContactReason {
    QString id;
    MessageKind kind;
    int textLimit;          // characters
    int maxAttachments;     // 0: none allowed
    bool aboutAnOrder = true;   // false: may come before any order (a product question)
};

const QList<ContactReason> &contactReasons();
const ContactReason *findContactReason(const QString &id);
// The placeholders a template may use ({{order_id}} ...), without braces.
const QStringList &knownPlaceholders();

} // namespace permitted
