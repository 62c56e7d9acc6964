// Fuzz target: any bytes as a library export to import. What is read must write back and read
// again as the same templates.

#include "fuzz_invariants.h"
#include "library_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace permitted;
    QString error;
    const auto templates = templatesFromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!templates)
        return 0;
    const auto again = templatesFromJson(templatesToJson(*templates), &error);
    if (!again || again->size() != templates->size())
        fuzz::breach("an imported library writes back as itself", error);
    for (qsizetype i = 0; i < templates->size(); ++i)
        if ((*again)[i].name != (*templates)[i].name || (*again)[i].variants.size() != (*templates)[i].variants.size())
            fuzz::breach("an imported library writes back as itself", (*templates)[i].name);
    return 0;
}
