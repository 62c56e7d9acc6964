#include "output/plain_text_writer.h"
#include "formatting.h"

namespace permitted {

QString writePlainText(const QString &body)
{
    QString out = body;
    out.remove(QChar(kObjectReplacement));
    out.replace(QChar::LineSeparator, u'\n');
    out.replace(QChar::ParagraphSeparator, u'\n');
    out.replace(QChar::Nbsp, u' ');
    return out;
}

} // namespace permitted
