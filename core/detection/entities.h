#pragma once
// The things in a text that several rules must recognise, found once per part: placeholders,
// links, e-mail addresses, order IDs and HTML markup. Spelling, grammar and phone detection skip them; the
// link and e-mail rules judge them.

#include "detection/domain_policy.h"
#include "detection/text_view.h"

#include <QString>
#include <vector>

namespace permitted {

struct Placeholder {
    Range range;
    QString name;     // empty for "{{}}"; for another tool's, its name in our style ("order_id")
    bool foreign = false;   // written in another tool's syntax (foreign_placeholders.h)
};

struct UrlEntity {
    Range range;
    QString scheme;   // "http", "https", or empty for a bare domain
    QString host;     // lower case, no trailing dot
    HostKind kind = HostKind::Other;   // whose site it is (domain_policy.h)
};

struct Entities {
    std::vector<Placeholder> placeholders;
    std::vector<UrlEntity> urls;
    std::vector<Range> emails;      // addresses, including spelled-out ones ("name at shop dot com")
    std::vector<Range> orderIds;    // well-formed: 123-1234567-1234567, D01-1234567-1234567
    std::vector<Range> markup;      // HTML tags, comments and character entities ("<p>", "&nbsp;")
    std::vector<Range> emoticons;   // ":-)", "^_^", kaomoji: not entities, but read by two rules
    // Whether a run of digits that could be a phone number is there (checks/phone_number.h): found in
    // the same pass, for the phone-number rule.
    bool mayHavePhoneNumber = false;

    // Whether `r` overlaps any entity: words inside them are not words of the sentence.
    bool covers(Range r) const;
    // Whether `r` lies wholly inside one entity.
    bool coversWhole(Range r) const;

    // Every entity's range, sorted by start, for covers(); set by findEntities.
    std::vector<Range> all;
    std::vector<int> reachBefore;   // reachBefore[i]: the largest end among all[0..i]
};

// Entities::covers() for ranges asked in order (each ending at or after the one before), in
// constant time on average instead of a search each: the spelling check asks it for every word.
class EntityCursor {
public:
    explicit EntityCursor(const Entities &entities) : m_entities(entities) {}
    bool covers(Range r);

private:
    const Entities &m_entities;
    size_t m_startedBefore = 0;   // how many entities start before the last range asked ends
};

// The {{name}} slots of a text, in order (also used to list and fill a template's slots).
std::vector<Placeholder> findPlaceholders(const TextView &view);

class DomainPolicy;
// `subject`: the text is a subject, where "[Important]" is a label, not a placeholder.
Entities findEntities(const TextView &view, const DomainPolicy &domains, bool subject = false);

} // namespace permitted
