#pragma once
// Live checking of the draft: every edit of the subject or the body, and every change of the
// order's context, asks for a check; the findings come back as `shown`, for each field's
// decorator to underline (editor/finding_decorator.h). Also what the fields' tooltips and context
// menus need: the explanation of a finding, its fix, spelling suggestions, the user's
// dictionary, and "ignore here". It knows documents, never a widget.

#include "check_scheduler.h"
#include "detection/rule_catalog.h"

#include <QObject>
#include <QTextCursor>
#include <QHash>
#include <QTimer>
#include <memory>

class QTextDocument;

namespace permitted {

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
    // Where the message goes: Seller Central's text box, or an HTML e-mail reply, whose
    // styling rules the editor's formatting then answers to.
    void setChannel(Channel channel);
    Channel channel() const { return m_channel; }

    QTextDocument *document(Part part) const { return part == Part::Subject ? m_subject : m_body; }
    // The findings shown now, subject first, in document order; between an edit and the next
    // result they move with the text.
    Findings findings() const;
    Findings findings(Part part) const;
    // The newest result is shown and no check is running or waiting.
    bool isSettled() const;
    // Checks asked of the validator so far.
    quint64 checksRequested() const { return m_scheduler.latestRevision(); }

    Explanation explain(const Finding &finding) const;
    // Replaces the finding's range as its fix says, as one step of the undo history.
    void applyFix(const Finding &finding);
    // Hunspell's suggestions for a misspelt word: slow, so only when a menu opens.
    QStringList spellingSuggestions(const QString &word) const;
    bool addToDictionary(const QString &word, QString *error);
    // Ignoring is for warnings and suggestions: an error is what Amazon would block, and stays
    // counted until the text changes.
    static bool canIgnore(const Finding &finding) { return finding.severity != Severity::Error; }
    // Hides this finding at this place of the text for as long as the text there is unchanged,
    // as a step of the field's undo history. False for an error.
    bool ignoreHere(const Finding &finding);
    // The findings of the newest result that are ignored now.
    Findings ignoredFindings() const;
    // Shows an ignored finding again, as a step of the undo history too.
    void restoreIgnored(const Finding &finding);
    // The values the Order panel gives the placeholders (the order ID's included): a placeholder
    // without one is an error now, as it will be when the message is copied.
    void setPlaceholderValues(const QHash<QString, QString> &values);

    // The message now in the fields with `values` in its placeholders, checked as it would be
    // on leaving (a placeholder left unfilled counts); synchronous, for a copy or a send that
    // must not go out with errors. Offsets are those of the fields.
    // `channel`: the channel of the copy (the message's own when not given).
    Findings checkForSending(const QHash<QString, QString> &values = {}, std::optional<Channel> channel = std::nullopt) const;

public slots:
    void recheck();
    // A field's text cursor is at `position` now. A misspelling is held back while it is the
    // word being typed (a half-typed word is no mistake yet, and flagging it at every key would
    // re-draw its paragraph each time); it shows once the cursor leaves it.
    void cursorMoved(permitted::Part part, int position);

signals:
    // The findings of `part` to show now (a new result, or the same after an ignore).
    void shown(permitted::Part part, const permitted::Findings &findings);
    void findingsChanged();
    void settled();

private:
    // Edits are checked once typing pauses: a check started between two fast keystrokes would
    // be out of date before it ended, and drawing its result would delay the next key. Until
    // then the underlines follow the text. A change of the order is checked at once.
    void changed(Part part, int position, int removed, int added);
    void requestCheck();
    void arrived(quint64 revision, const Findings &findings);
    void show(quint64 revision, const Findings &findings);
    bool isIgnored(const Finding &finding) const;
    bool isBeingTyped(const Finding &finding) const;
    // An unfilled-placeholder finding whose placeholder the Order panel fills.
    bool isFilled(const Finding &finding) const;

    struct Ignored {
        quint64 id;
        Part part;
        QString ruleId;
        QTextCursor range;   // follows the edits around it
    };
    friend class IgnoreStep;
    void addIgnored(const Ignored &ignored);
    void removeIgnored(quint64 id);
    // Re-shows the newest result with the ignored findings taken out again.
    void reshow();

    QTextDocument *m_subject;
    QTextDocument *m_body;
    CheckScheduler m_scheduler;
    MessageContext m_context;
    Channel m_channel = Channel::Html;
    QString m_uiLanguage = QStringLiteral("en");
    Findings m_shown[2];             // subject, body
    int m_revisions[2];              // the documents' revisions last seen: a change is an edit
    QList<Ignored> m_ignored;
    quint64 m_nextIgnoredId = 1;
    QHash<QString, QString> m_values;
    quint64 m_shownRevision = 0;
    QTimer m_typingPause;            // fires when the keyboard has rested long enough to check
    quint64 m_edits = 0;             // edits so far; a result for fewer is out of date
    quint64 m_editsChecked = 0;      // edits the check in flight has seen
    Findings m_shownResult;          // as the validator gave it, before holding anything back
    struct Typing {
        Part part = Part::Body;
        int position = -1;           // where the last edit ended; -1 once the cursor left it
    } m_typing;
};

} // namespace permitted
