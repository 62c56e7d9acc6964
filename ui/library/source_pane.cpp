#include "source_pane.h"
#include "library_store.h"
#include "template_session.h"
#include "languages.h"
#include "templates/source_changes.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

namespace permitted {

SourcePane::SourcePane(TemplateSession *session, LibraryStore *store, const QString &uiLanguage, QWidget *parent)
    : QWidget(parent), m_session(session), m_uiLanguage(uiLanguage), m_title(new QLabel(this)),
      m_changes(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    m_changes->setWordWrap(true);
    m_text->setAccessibleName(tr("Source text of the template"));
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_changes);
    layout->addWidget(m_text, 1);
    connect(session, &TemplateSession::switched, this, &SourcePane::refresh);
    connect(store, &LibraryStore::changed, this, &SourcePane::refresh);
    refresh();
}

QString SourcePane::shownText() const
{
    return m_text->toPlainText();
}

void SourcePane::refresh()
{
    const auto t = m_session->current();
    const TemplateVariant *source = t ? t->variant(t->sourceLanguage) : nullptr;
    const bool translating = source && m_session->language() != t->sourceLanguage;
    setVisible(translating);
    if (!translating)
        return;
    m_title->setText(tr("<b>Source: %1</b>").arg(languageDisplayName(t->sourceLanguage, m_uiLanguage)));
    const QString text = source->text.subject + QStringLiteral("\n\n") + source->text.body;
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);

    // To review: which source sentences changed since the translation was last reviewed.
    const TemplateVariant *translation = t->variant(m_session->language());
    QList<QTextEdit::ExtraSelection> marks;
    if (translation && translation->status == TranslationStatus::NeedsReview && translation->reviewedSource) {
        const TemplateText &then = *translation->reviewedSource;
        const QString before = then.subject + QStringLiteral("\n\n") + then.body;
        QTextCharFormat changed;
        changed.setBackground(QColor(0xff, 0xf0, 0xa8));
        changed.setFontUnderline(true);   // seen without colour too
        for (const Range &r : changedSentences(before, text, t->sourceLanguage)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_text->document());
            mark.cursor.setPosition(r.start);
            mark.cursor.setPosition(r.end, QTextCursor::KeepAnchor);
            mark.format = changed;
            marks.append(mark);
        }
        m_changes->setText(marks.isEmpty() ? tr("To review: the source has not changed in its words since the last review.")
                                           : tr("To review: %n sentence(s) of the source changed since the last review, marked below.", "",
                                                int(marks.size())));
    } else if (translation && translation->status == TranslationStatus::NeedsReview) {
        m_changes->setText(tr("To review: what changed in the source is not known for this translation."));
    }
    m_changes->setVisible(translation && translation->status == TranslationStatus::NeedsReview);
    m_text->setExtraSelections(marks);
}

QList<QPair<int, int>> SourcePane::highlighted() const
{
    QList<QPair<int, int>> out;
    for (const QTextEdit::ExtraSelection &s : m_text->extraSelections())
        out.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    return out;
}

} // namespace permitted
