#include "document_message.h"

#include <QTextBlock>
#include <QTextDocument>

namespace permitted {

QList<Link> linksOf(const QTextDocument &body)
{
    QList<Link> out;
    QStringList texts;   // each link's visible text, beside it
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const QString href = format.anchorHref();
            // One link may be split into fragments by formatting (a bold word inside it).
            if (!out.isEmpty() && out.back().href == href && out.back().start + out.back().length == fragment.position()) {
                out.back().length += fragment.length();
                texts.back() += fragment.text();
            } else {
                out.append({fragment.position(), fragment.length(), href});
                texts.append(fragment.text());
            }
        }
    }
    QList<Link> hidden;
    for (qsizetype i = 0; i < out.size(); ++i)
        if (texts[i].trimmed() != out[i].href)
            hidden.append(out[i]);
    return hidden;
}

Message messageFromDocuments(const QTextDocument &subject, const QTextDocument &body)
{
    Message m;
    // The subject is one line; a pasted line break in it reads as a space.
    m.subject = subject.toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
    m.body = body.toPlainText();
    m.links = linksOf(body);
    return m;
}

} // namespace permitted
