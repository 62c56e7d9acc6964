#include "live_checker.h"
#include "document_fixes.h"
#include "document_message.h"
#include "filled_document.h"
#include "editor/finding_highlighter.h"
#include "languages.h"
#include "detection/spell_checker.h"
#include "detection/validator.h"

#include <QTextDocument>

namespace permitted {
namespace {

// How long the keyboard must rest before the text is checked. Below the interval between an
// ordinary typist's keys (100-200 ms), so most people see findings between two keys; a fast
// burst sees them as soon as it pauses.
constexpr int kTypingPauseMs = 50;

} // namespace

LiveChecker::LiveChecker(QTextDocument *subject, QTextDocument *body, QObject *parent)
    : QObject(parent), m_subject(subject), m_body(body),
      m_subjectHighlighter(std::make_unique<FindingHighlighter>(subject)),
      m_bodyHighlighter(std::make_unique<FindingHighlighter>(body))
{
    connect(subject, &QTextDocument::contentsChanged, this, &LiveChecker::edited);
    connect(body, &QTextDocument::contentsChanged, this, &LiveChecker::edited);
    connect(subject, &QTextDocument::contentsChange, this, [this](int position, int, int added) {
        if (!m_subjectHighlighter->isRedrawing())
            m_typing = {Part::Subject, position + added};
    });
    connect(body, &QTextDocument::contentsChange, this, [this](int position, int, int added) {
        if (!m_bodyHighlighter->isRedrawing())
            m_typing = {Part::Body, position + added};
    });
    connect(&m_scheduler, &CheckScheduler::checked, this, &LiveChecker::arrived);
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &LiveChecker::requestCheck);
}

LiveChecker::~LiveChecker()
{
    // Removing the highlighters clears their formats, which the documents report as changes;
    // this object must no longer be listening by then.
    disconnect(m_subject, nullptr, this, nullptr);
    disconnect(m_body, nullptr, this, nullptr);
    m_subjectHighlighter.reset();
    m_bodyHighlighter.reset();
}

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

FindingHighlighter *LiveChecker::highlighter(Part part) const
{
    return part == Part::Subject ? m_subjectHighlighter.get() : m_bodyHighlighter.get();
}

Findings LiveChecker::findings() const
{
    return m_subjectHighlighter->findings() + m_bodyHighlighter->findings();
}

bool LiveChecker::isSettled() const
{
    return m_scheduler.validator() && m_scheduler.isIdle() && !m_typingPause.isActive()
           && m_shownRevision == m_scheduler.latestRevision() && m_editsChecked == m_edits;
}

void LiveChecker::edited()
{
    if (m_subjectHighlighter->isRedrawing() || m_bodyHighlighter->isRedrawing())
        return;   // underlines re-drawn, not text edited
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
    m_scheduler.request(messageFromDocuments(*m_subject, *m_body, m_channel), m_context);
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
        if (isIgnored(f) || isBeingTyped(f))
            continue;
        (f.part == Part::Subject ? subject : body).append(f);
    }
    m_subjectHighlighter->setFindings(subject);
    m_bodyHighlighter->setFindings(body);
    m_shownRevision = revision;
    emit findingsChanged();
    if (isSettled())
        emit settled();
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
    if (finding.fix && applyFixToDocument(*document(finding.part), *finding.fix) && finding.fix->kind == FixKind::RemoveStyleSheet)
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

void LiveChecker::ignoreHere(const Finding &finding)
{
    QTextCursor range(document(finding.part));
    range.setPosition(finding.start);
    range.setPosition(finding.end(), QTextCursor::KeepAnchor);
    m_ignored.append({finding.part, finding.ruleId, range});
    recheck();
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
