// Fuzz target: any bytes as a plain-text message (a line break splits off the subject), in the
// language and kind its first byte chooses.

#include "fuzz_invariants.h"
#include "validator_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace permitted;
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    Message m;
    const qsizetype split = text.indexOf(QChar(0x1E));   // record separator: subject, then body
    m.subject = split >= 0 ? text.left(split) : QString();
    m.body = split >= 0 ? text.mid(split + 1) : text;
    m.channel = Channel::Text;
    fuzz::checkFindings(m, fuzz::validator().validate(m, fuzz::contextFor(data[0])));
    return 0;
}
