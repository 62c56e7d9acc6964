// consecutive-line-breaks: more than two line breaks in a row, that is two or more blank lines
// (lines of white space count as blank). The fix keeps one blank line.

#include "detection/checks/checks.h"
#include "detection/byte_alphabet.h"

namespace permitted {
namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

} // namespace

void checkConsecutiveLineBreaks(const CheckInput &in, Findings &out)
{
    const QString &text = in.body.view.text();
    // Line breaks in the one-byte alphabet: \n, \r, and the byte that stands for U+2028 and
    // U+2029 among others.
    static constexpr ByteSet kMaybeBreak("\n\r\x1A");
    const std::string_view bytes = in.body.view.bytes();
    int i = 0;
    while (true) {
        i = int(kMaybeBreak.next(bytes, size_t(i)));
        if (i >= text.size())
            break;
        if (!isLineBreak(text[i])) {
            ++i;
            continue;
        }
        // A run of white space starting at a line break: count its breaks (CR LF is one).
        const int start = i;
        int breaks = 0, lastBreakEnd = i;
        while (i < text.size() && text[i].isSpace()) {
            if (isLineBreak(text[i])) {
                if (!(text[i] == QLatin1Char('\n') && i > 0 && text[i - 1] == QLatin1Char('\r')))
                    ++breaks;
                lastBreakEnd = i + 1;
            }
            ++i;
        }
        if (breaks > 2) {
            Finding f = in.finding(QStringLiteral("consecutive-line-breaks"), Part::Body, {start, lastBreakEnd});
            f.fix = Fix{start, lastBreakEnd - start, QStringLiteral("\n\n")};
            out.append(f);
        }
    }
}

} // namespace permitted
