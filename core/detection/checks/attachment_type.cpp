// attachment-type: only documents (invoices, labels, designs, instructions, warranties, legal
// notices) in the file types Amazon accepts, at most 5 files and 10 MB in all, and only for the
// contact reasons that allow attachments.

#include "detection/checks/checks.h"
#include "reasons.h"

#include <QFileInfo>

namespace permitted {

void checkAttachments(const CheckInput &in, Findings &out)
{
    const QList<Attachment> &files = in.message.attachments;
    if (files.isEmpty())
        return;
    auto report = [&](const QString &note, const QString &arg) {
        Finding f = in.finding(QStringLiteral("attachment-type"), Part::Body, {0, 0});
        f.note = note;
        if (!arg.isEmpty())
            f.noteArgs << arg;
        out.append(f);
    };
    if (const ContactReason *reason = findContactReason(in.context.reason); reason && reason->maxAttachments == 0)
        report(QStringLiteral("reason"), {});
    // Amazon's Buyer-Seller Messaging accepts documents and images (help page 200389080).
    static const QSet<QString> accepted = {"pdf", "jpg", "jpeg", "png", "gif", "tif", "tiff",
                                           "txt", "doc", "docx"};
    qint64 total = 0;
    for (const Attachment &a : files) {
        total += a.sizeBytes;
        if (!accepted.contains(QFileInfo(a.fileName).suffix().toLower()))
            report(QStringLiteral("file-type"), a.fileName);
    }
    if (files.size() > 5)
        report(QStringLiteral("too-many"), QString::number(files.size()));
    if (total > 10LL * 1024 * 1024)
        report(QStringLiteral("too-large"), QString::number(double(total) / (1024 * 1024), 'f', 1));
}

} // namespace permitted
