#pragma once
// What the validator reads: the message a seller is writing, and the facts about the order
// that some rules depend on. Offsets are UTF-16 code units of QString, the unit the editor
// and ICU use, so a finding maps straight onto a QTextCursor.

#include "formatting.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace permitted {

// The plain-text box of Seller Central and the Messaging API, or an HTML e-mail reply.
enum class Channel { Text, Html };

// A link whose visible text is body[start, start + length): an HTML anchor, whether its text is
// its address or a word ("cliquez").
struct Link {
    int start = 0;
    int length = 0;
    QString href;
};

// A file sent with the message.
struct Attachment {
    QString fileName;
    qint64 sizeBytes = 0;
};

struct Message {
    QString subject;
    QString body;
    Channel channel = Channel::Text;
    QList<Link> links;             // the anchors of an HTML message or of the editor's document
    QList<Attachment> attachments;
    // How it looks: read from the HTML or the editor's document. The text rules never need it;
    // in the text channel, whatever it holds is formatting the channel cannot carry.
    Formatting formatting;
};

enum class MessageKind { Proactive, Reply };

// Whether the message is still being written or is about to leave (copied, sent): an
// unfilled placeholder is only a problem in the second case.
enum class Stage { Draft, Sending };

struct MessageContext {
    QString language = QStringLiteral("en");     // the buyer's language of preference
    QString marketplace = QStringLiteral("US");  // ISO country of the marketplace
    MessageKind kind = MessageKind::Reply;
    QString reason;                              // a contact reason ID of REASONS.md, or empty
    std::optional<QDate> orderCompleted;
    QDate today = QDate::currentDate();
    bool reviewAlreadyRequested = false;
    Stage stage = Stage::Draft;
    // The placeholders of the variant this one was translated from, when it is a translation.
    std::optional<QSet<QString>> sourcePlaceholders;
};

} // namespace permitted
