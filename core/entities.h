#pragma once
// The things in a text that several rules must recognise, found once per part: placeholders,
// links, e-mail addresses and order IDs. Spelling, grammar and phone detection skip them; the
// link and e-mail rules judge them.

#include "text_view.h"

#include <QString>
#include <vector>

namespace permitted {

struct Placeholder {
    Range range;
    QString name;     // empty for "{{}}"
};

struct UrlEntity {
    Range range;
    QString scheme;   // "http", "https", or empty for a bare domain
    QString host;     // lower case, no trailing dot
};

struct Entities {
    std::vector<Placeholder> placeholders;
    std::vector<UrlEntity> urls;
    std::vector<Range> emails;      // addresses, including spelled-out ones ("name at shop dot com")
    std::vector<Range> orderIds;    // well-formed: 123-1234567-1234567, D01-1234567-1234567
    std::vector<Range> emoticons;   // ":-)", "^_^", kaomoji: not entities, but read by two rules

    // Whether `r` overlaps any entity: words inside them are not words of the sentence.
    bool covers(Range r) const;
    // Whether `r` lies wholly inside one entity.
    bool coversWhole(Range r) const;

    // Every entity's range, sorted by start, for covers(); set by findEntities.
    std::vector<Range> all;
    std::vector<int> reachBefore;   // reachBefore[i]: the largest end among all[0..i]
};

// The {{name}} slots of a text, in order (also used to list and fill a template's slots).
std::vector<Placeholder> findPlaceholders(const TextView &view);

class DomainPolicy;
Entities findEntities(const TextView &view, const DomainPolicy &domains);

} // namespace permitted
