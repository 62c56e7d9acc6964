#include "realistic_message.h"

#include <QStringList>

namespace permitted::bench {

QString realisticMessage(const LanguagePack &pack, int size, int seed, Corpus corpus)
{
    QStringList sentences;
    for (const PackRule &rule : pack.rules) {
        if (corpus == Corpus::Ordinary && rule.kind != PackRuleKind::MessageLevel)
            continue;
        if (rule.kind != PackRuleKind::LinkText && !rule.good.isEmpty())
            for (const RuleExample &ex : rule.good)
                if (!ex.inSubject)
                    sentences << ex.text;
    }
    if (sentences.isEmpty())
        return {};
    QString out = QStringLiteral("Order {{order_id}}\n");
    for (int i = seed; out.size() < size; i += 7)
        out += sentences[i % sentences.size()] + (i % 3 == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
    return out.left(size);
}

} // namespace permitted::bench
