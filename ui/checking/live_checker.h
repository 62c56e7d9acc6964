#pragma once
// Live checking of the draft: every edit of the subject or the body, and every change of the
// order's context, asks for a check; the findings come back underlined in both fields. Also
// what the fields' tooltips and context menus need: the explanation of a finding, its fix,
// spelling suggestions, the user's dictionary, and "ignore here".

#include "check_scheduler.h"
#include "rule_catalog.h"

#include <QObject>
#include <QTextCursor>
#include <memory>

class QTextDocument;

namespace permitted {

class FindingHighlighter;
class Validator;

class LiveChecker : public QObject {
    Q_OBJECT
public:
    LiveChecker(QTextDocument *subject, QTextDocument *body, QObject *parent = nullptr);
    ~LiveChecker() override;

    void setValidator(std::shared_ptr<const Validator> validator);
    const Validator *validator() const { return m_scheduler.validator(); }
    void setContext(const MessageContext &context);
    const MessageContext &context() const { return m_context; }
    void setUiLanguage(const QString &uiLanguage) { m_uiLanguage = uiLanguage; }

    QTextDocument *document(Part part) const { return part == Part::Subject ? m_subject : m_body; }
    FindingHighlighter *highlighter(Part part) const;
    // The findings shown now, subject first, in document order.
    Findings findings() const;
    // The newest result is shown and no check is running or waiting.
    bool isSettled() const;

    Explanation explain(const Finding &finding) const;
    // Replaces the finding's range as its fix says, as one step of the undo history.
    void applyFix(const Finding &finding);
    // Hunspell's suggestions for a misspelt word: slow, so only when a menu opens.
    QStringList spellingSuggestions(const QString &word) const;
    bool addToDictionary(const QString &word, QString *error);
    // Hides this finding at this place of the text for as long as the text there is unchanged.
    void ignoreHere(const Finding &finding);

    // The message now in the fields, checked as it would be on leaving (unfilled placeholders
    // count); synchronous, for a copy or a send that must not go out with errors.
    Findings checkForSending() const;

public slots:
    void recheck();

signals:
    void findingsChanged();
    void settled();

private:
    void show(quint64 revision, const Findings &findings);
    bool isIgnored(const Finding &finding) const;

    struct Ignored {
        Part part;
        QString ruleId;
        QTextCursor range;   // follows the edits around it
    };

    QTextDocument *m_subject;
    QTextDocument *m_body;
    CheckScheduler m_scheduler;
    MessageContext m_context;
    QString m_uiLanguage = QStringLiteral("en");
    std::unique_ptr<FindingHighlighter> m_subjectHighlighter;
    std::unique_ptr<FindingHighlighter> m_bodyHighlighter;
    QList<Ignored> m_ignored;
    quint64 m_shownRevision = 0;
};

} // namespace permitted
