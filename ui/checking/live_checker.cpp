#include "live_checker.h"
#include "drafts/draft_context.h"
#include "document_fixes.h"
#include "document_message.h"
#include "filled_document.h"
#include "follow_edit.h"
#include "languages.h"
#include "detection/spell_checker.h"
#include "detection/validator.h"

#include <QAbstractUndoItem>
#include <QPointer>
#include <QTextDocument>

namespace permitted {

// Ignoring a finding, or showing it again, as a step of the field's own undo history: Ctrl+Z
// takes it back like an edit.
class IgnoreStep : public QAbstractUndoItem {
public:
    IgnoreStep(LiveChecker *checker, LiveChecker::Ignored ignored, bool ignoring)
        : m_checker(checker), m_ignored(std::move(ignored)), m_ignoring(ignoring) {}
    void undo() override { apply(!m_ignoring); }
    void redo() override { apply(m_ignoring); }

private:
    void apply(bool ignore)
    {
        if (!m_checker)
            return;
        if (ignore)
            m_checker->addIgnored(m_ignored);
        else
            m_checker->removeIgnored(m_ignored.id);
    }
    QPointer<LiveChecker> m_checker;
    LiveChecker::Ignored m_ignored;
    bool m_ignoring;
};

namespace {

// How long the keyboard must rest before the text is checked. Below the interval between an
// ordinary typist's keys (100-200 ms), so most people see findings between two keys; a fast
// burst sees them as soon as it pauses.
constexpr int kTypingPauseMs = 50;

} // namespace

LiveChecker::LiveChecker(QTextDocument *subject, QTextDocument *body, QObject *parent)
    : QObject(parent), m_subject(subject), m_body(body), m_revisions{subject->revision(), body->revision()}
{
    for (const Part part : {Part::Subject, Part::Body})
        connect(document(part), &QTextDocument::contentsChange, this, [this, part](int position, int removed, int added) {
            changed(part, position, removed, added);
        });
    connect(&m_scheduler, &CheckScheduler::checked, this, &LiveChecker::arrived);
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &LiveChecker::requestCheck);
}

LiveChecker::~LiveChecker() = default;

void LiveChecker::setValidator(std::shared_ptr<const Validator> validator)
{
    m_scheduler.setValidator(std::move(validator));
    recheck();
}

void LiveChecker::setContext(const MessageContext &context)
{
    m_context = context;
    recheck();
}

void LiveChecker::setChannel(Channel channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    recheck();
}

Findings LiveChecker::findings() const
{
    return m_shown[0] + m_shown[1];
}

Findings LiveChecker::findings(Part part) const
{
    return m_shown[part == Part::Subject ? 0 : 1];
}

bool LiveChecker::isSettled() const
{
    return m_scheduler.validator() && m_scheduler.isIdle() && !m_typingPause.isActive()
           && m_shownRevision == m_scheduler.latestRevision() && m_editsChecked == m_edits;
}

void LiveChecker::changed(Part part, int position, int removed, int added)
{
    // Underlines re-drawn in a field's layouts are reported as changes too, but only an edit
    // (of the text or of its formatting) is a new revision of the document.
    const int index = part == Part::Subject ? 0 : 1;
    const int revision = document(part)->revision();
    if (revision == m_revisions[index])
        return;
    m_revisions[index] = revision;
    followEdit(m_shown[index], position, removed, added);
    m_typing = {part, position + added};
    ++m_edits;
    m_typingPause.start();
}

void LiveChecker::recheck()
{
    m_typingPause.stop();
    requestCheck();
}

void LiveChecker::requestCheck()
{
    m_editsChecked = m_edits;
    // Checked as it would leave, so that a placeholder is an error until the Order panel gives
    // it a value (show() drops those it has): the verdict is the copy's.
    MessageContext context = m_context;
    context.stage = Stage::Sending;
    m_scheduler.request(messageFromDocuments(*m_subject, *m_body, m_channel), context);
}

void LiveChecker::arrived(quint64 revision, const Findings &findings)
{
    // Typed into while it ran: its positions no longer hold, and the pause will check again.
    if (m_editsChecked != m_edits)
        return;
    show(revision, findings);
}

void LiveChecker::show(quint64 revision, const Findings &findings)
{
    m_shownResult = findings;
    Findings subject, body;
    for (const Finding &f : findings) {
        if (isIgnored(f) || isBeingTyped(f) || isFilled(f))
            continue;
        (f.part == Part::Subject ? subject : body).append(f);
    }
    m_shown[0] = subject;
    m_shown[1] = body;
    std::stable_sort(m_shown[0].begin(), m_shown[0].end(), [](const Finding &a, const Finding &b) { return a.start < b.start; });
    std::stable_sort(m_shown[1].begin(), m_shown[1].end(), [](const Finding &a, const Finding &b) { return a.start < b.start; });
    emit shown(Part::Subject, m_shown[0]);
    emit shown(Part::Body, m_shown[1]);
    m_shownRevision = revision;
    emit findingsChanged();
    if (isSettled())
        emit settled();
}

bool LiveChecker::isFilled(const Finding &finding) const
{
    if (finding.ruleId != QLatin1String("unfilled-placeholder"))
        return false;
    // The check names the placeholder as written, "{{name}}".
    const QString shown = finding.noteArgs.value(0);
    return shown.size() > 4 && !m_values.value(shown.mid(2, shown.size() - 4)).isEmpty();
}

bool LiveChecker::isBeingTyped(const Finding &finding) const
{
    return finding.ruleId == QLatin1String("spelling") && m_typing.position >= 0 && finding.part == m_typing.part
           && finding.start <= m_typing.position && m_typing.position <= finding.end();
}

void LiveChecker::cursorMoved(Part part, int position)
{
    if (m_typing.position < 0 || (part == m_typing.part && position == m_typing.position))
        return;
    m_typing.position = -1;
    // With no edit since the last result, its positions still hold: show what was held back.
    if (isSettled())
        show(m_shownRevision, m_shownResult);
}

Explanation LiveChecker::explain(const Finding &finding) const
{
    const Validator *v = m_scheduler.validator();
    return v ? v->catalog().explain(finding, m_uiLanguage) : Explanation{finding.ruleId, {}, {}, {}};
}

void LiveChecker::applyFix(const Finding &finding)
{
    if (!finding.fix)
        return;
    Fix fix = *finding.fix;
    // The order line names the Order panel's order, when it has one.
    const QString orderId = m_values.value(QStringLiteral("order_id"));
    if (fix.kind == FixKind::ReplaceText && isWholeOrderId(orderId))
        fix.replacement.replace(QLatin1String("{{order_id}}"), orderId);
    if (applyFixToDocument(*document(finding.part), fix) && fix.kind == FixKind::RemoveStyleSheet)
        recheck();   // no text changed, so no edit asks for it
}

QStringList LiveChecker::spellingSuggestions(const QString &word) const
{
    const Validator *v = m_scheduler.validator();
    if (!v)
        return {};
    return v->spelling().suggestions(dictionaryName(m_context.language, m_context.marketplace), word);
}

bool LiveChecker::addToDictionary(const QString &word, QString *error)
{
    const Validator *v = m_scheduler.validator();
    if (!v || !v->spelling().addUserWord(word, error))
        return false;
    recheck();
    return true;
}

bool LiveChecker::ignoreHere(const Finding &finding)
{
    if (!canIgnore(finding))
        return false;
    QTextCursor range(document(finding.part));
    range.setPosition(finding.start);
    range.setPosition(finding.end(), QTextCursor::KeepAnchor);
    const Ignored ignored{m_nextIgnoredId++, finding.part, finding.ruleId, range};
    addIgnored(ignored);
    document(finding.part)->appendUndoItem(new IgnoreStep(this, ignored, true));
    return true;
}

void LiveChecker::restoreIgnored(const Finding &finding)
{
    for (const Ignored &i : std::as_const(m_ignored)) {
        if (i.part == finding.part && i.ruleId == finding.ruleId && i.range.selectionStart() == finding.start
            && i.range.selectionEnd() == finding.end()) {
            const Ignored restored = i;
            removeIgnored(restored.id);
            document(finding.part)->appendUndoItem(new IgnoreStep(this, restored, false));
            return;
        }
    }
}

void LiveChecker::addIgnored(const Ignored &ignored)
{
    m_ignored.append(ignored);
    reshow();
}

void LiveChecker::removeIgnored(quint64 id)
{
    m_ignored.removeIf([id](const Ignored &i) { return i.id == id; });
    reshow();
}

void LiveChecker::reshow()
{
    // With no edit since the newest result its positions hold, and it is shown again at once;
    // otherwise the check under way shows it.
    if (isSettled())
        show(m_shownRevision, m_shownResult);
    else
        recheck();
}

Findings LiveChecker::ignoredFindings() const
{
    Findings out;
    for (const Finding &f : m_shownResult)
        if (isIgnored(f))
            out.append(f);
    return out;
}

void LiveChecker::setPlaceholderValues(const QHash<QString, QString> &values)
{
    if (values == m_values)
        return;
    m_values = values;
    reshow();
}

bool LiveChecker::isIgnored(const Finding &finding) const
{
    return std::any_of(m_ignored.begin(), m_ignored.end(), [&](const Ignored &i) {
        return i.part == finding.part && i.ruleId == finding.ruleId
               && i.range.selectionStart() == finding.start && i.range.selectionEnd() == finding.end();
    });
}

Findings LiveChecker::checkForSending(const QHash<QString, QString> &values, std::optional<Channel> sendingChannel) const
{
    const Channel channel = sendingChannel.value_or(m_channel);
    const Validator *v = m_scheduler.validator();
    if (!v)
        return {};
    MessageContext context = m_context;
    context.stage = Stage::Sending;
    // A translation is compared with its source as written, placeholders and all; the values
    // would hide every placeholder from that comparison.
    context.sourcePlaceholders.reset();
    const FilledDocument subject = fillDocument(*m_subject, values);
    const FilledDocument body = fillDocument(*m_body, values);
    Findings out = v->validate(messageFromDocuments(*subject.document, *body.document, channel), context);
    for (Finding &f : out) {
        const Range original = (f.part == Part::Subject ? subject : body).text.toOriginal({f.start, f.end()});
        f.start = original.start;
        f.length = original.length();
        f.fix.reset();   // made for the filled text
    }
    if (m_context.sourcePlaceholders) {
        for (const Finding &f : v->validate(messageFromDocuments(*m_subject, *m_body, m_channel), m_context))
            if (f.ruleId == QLatin1String("placeholder-mismatch"))
                out.append(f);
    }
    out.removeIf([this](const Finding &f) { return isIgnored(f); });
    return out;
}

} // namespace permitted
