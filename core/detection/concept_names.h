#pragma once
// The concepts the content rules are written in, numbered once for every language: the lexicons
// say which words express each, the rules combine them.

#include <QHash>
#include <QString>
#include <QStringList>
#include <bitset>

namespace permitted {

constexpr size_t kMaxConcepts = 128;
using ConceptSet = std::bitset<kMaxConcepts>;

class ConceptNames {
public:
    // The concept's number, given it now when it is new; -1 when there are already kMaxConcepts.
    int add(const QString &name)
    {
        if (const auto it = m_ids.constFind(name); it != m_ids.cend())
            return *it;
        if (size_t(m_names.size()) >= kMaxConcepts)
            return -1;
        m_ids.insert(name, int(m_names.size()));
        m_names << name;
        return int(m_names.size()) - 1;
    }
    // -1 for a name no lexicon or rule has used.
    int find(const QString &name) const { return m_ids.value(name, -1); }
    const QString &name(int id) const { return m_names[id]; }
    int size() const { return int(m_names.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_names;
};

} // namespace permitted
