#include "realistic_message.h"
#include "labelled_corpus.h"

#include <QDir>

namespace permitted::bench {

QStringList benchmarkTexts(const LanguagePack &pack, Corpus corpus)
{
    QStringList texts;
    if (corpus == Corpus::Sellers) {
        // Both parts: speed is not tuned on what the messages say.
        for (const QString part : {QStringLiteral("tuning"), QStringLiteral("held-out")}) {
            QString error;
            const auto messages = quality::loadCorpus(QDir(QStringLiteral(PERMITTED_CORPUS_DIR)).filePath(part), &error);
            if (!messages)
                qFatal("bench: %s", qPrintable(error));
            for (const quality::LabelledMessage &m : *messages)
                if (m.language == pack.language)
                    texts << m.text;
        }
        return texts;
    }
    for (const PackRule &rule : pack.rules)
        if (rule.kind != PackRuleKind::LinkText)
            for (const RuleExample &ex : rule.good)
                if (!ex.inSubject)
                    texts << ex.text;
    return texts;
}

QString realisticMessage(const QStringList &texts, int size, int seed)
{
    if (texts.isEmpty())
        return {};
    QString out;
    for (int i = seed; out.size() < size; i += 7)
        out += texts[i % texts.size()] + QStringLiteral("\n\n");
    return out.left(size);
}

} // namespace permitted::bench
