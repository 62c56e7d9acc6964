// Fuzz target: any bytes as an HTML e-mail, read by the one HTML reader and checked in the HTML
// channel, in the language and kind its first byte chooses.

#include "fuzz_invariants.h"
#include "validator_fuzzer.h"
#include "input/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace permitted;
    if (size == 0)
        return 0;
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    const auto message = readHtmlMessage(html, &error);
    if (!message)
        return 0;   // refused (nested too deep): a refusal is an answer
    fuzz::checkMessage(*message);
    fuzz::checkFindings(*message, fuzz::validator().validate(*message, fuzz::contextFor(data[0])));
    return 0;
}
