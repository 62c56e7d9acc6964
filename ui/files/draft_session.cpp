#include "draft_session.h"
#include "draft_file.h"
#include "checking/document_message.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace permitted {
namespace {

constexpr int kRecentFiles = 8;
const QString kRecentKey = QStringLiteral("files/recent");

} // namespace

DraftSession::DraftSession(QTextDocument *subject, QTextDocument *body, QWidget *window)
    : QObject(window), m_subject(subject), m_body(body), m_window(window)
{
    for (QTextDocument *doc : {subject, body})
        connect(doc, &QTextDocument::modificationChanged, this, &DraftSession::stateChanged);
}

bool DraftSession::isModified() const
{
    return m_subject->isModified() || m_body->isModified();
}

QString DraftSession::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void DraftSession::setPath(const QString &path)
{
    m_path = path;
    m_subject->setModified(false);
    m_body->setModified(false);
    emit stateChanged();
}

bool DraftSession::newDraft()
{
    if (!maybeSave())
        return false;
    emit aboutToReplace();
    m_subject->clear();
    m_body->clear();
    setPath(QString());
    emit contextReplaced(std::nullopt);
    return true;
}

bool DraftSession::open()
{
    if (!maybeSave())
        return false;
    const QString dir = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Draft"), dir,
                                                      tr("Drafts (*.html *.htm *.txt);;All files (*)"));
    return !path.isEmpty() && openPath(path);
}

bool DraftSession::openPath(const QString &path)
{
    InputError error;
    QString htmlError;
    const auto draft = readDraft(path, &error, &htmlError);
    if (!draft) {
        const QString why = htmlError.isEmpty() ? describeInputError(error, QFileInfo(path).fileName())
                                                : tr("%1 cannot be opened: %2.").arg(QFileInfo(path).fileName(), htmlError);
        QMessageBox::warning(m_window, tr("Open Draft"), why);
        return false;
    }
    load(*draft);
    setPath(QFileInfo(path).absoluteFilePath());
    remember(m_path);
    emit contextReplaced(draft->context);
    return true;
}

void DraftSession::load(const Draft &draft)
{
    emit aboutToReplace();
    // One undoable step each, so that Undo does not empty a freshly opened draft field by field.
    m_subject->setPlainText(draft.subject);
    if (draft.html)
        loadMessageIntoDocument(*m_body, *draft.html);
    else
        m_body->setPlainText(draft.body);
    m_subject->clearUndoRedoStacks();
    m_body->clearUndoRedoStacks();
}

void DraftSession::restore(const Draft &draft, const QString &path)
{
    load(draft);
    m_path = path;
    // What was recovered is not saved anywhere yet.
    m_body->setModified(true);
    emit stateChanged();
    emit contextReplaced(draft.context);
}

bool DraftSession::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool DraftSession::saveAs()
{
    QString suggested = m_path;
    if (suggested.isEmpty())
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/message.html");
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Draft As"), suggested,
                                                tr("HTML draft (*.html);;Plain text, body only (*.txt)"), &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.txt")) ? QStringLiteral(".txt") : QStringLiteral(".html");
    if (!isHtmlDraftPath(path) && !m_subject->isEmpty()) {
        const auto answer = QMessageBox::question(
            m_window, tr("Save Draft As"),
            tr("A plain-text draft keeps the body only: the subject and the formatting are not saved. Save anyway?"));
        if (answer != QMessageBox::Yes)
            return false;
    }
    return saveTo(path);
}

bool DraftSession::saveTo(const QString &path)
{
    QString error;
    const DraftContext context = m_contextSource ? m_contextSource() : DraftContext{};
    if (!writeDraft(path, m_subject->toPlainText(), *m_body, context, &error)) {
        QMessageBox::warning(m_window, tr("Save Draft"),
                             tr("%1 could not be saved: %2\nYour text is still here; try another folder.")
                                 .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    setPath(QFileInfo(path).absoluteFilePath());
    remember(m_path);
    return true;
}

QByteArray DraftSession::toHtml(const QList<QPair<QString, QString>> &moreMeta) const
{
    return draftHtml(m_subject->toPlainText(), *m_body, m_contextSource ? m_contextSource() : DraftContext{}, moreMeta);
}

bool DraftSession::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"), tr("Save the changes to %1 before going on?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList DraftSession::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DraftSession::remember(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(kRecentKey, files.mid(0, kRecentFiles));
    fillRecentMenu();
}

void DraftSession::attachRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    fillRecentMenu();
}

void DraftSession::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Files"), this, [this] {
            QSettings().remove(kRecentKey);
            fillRecentMenu();
        });
    }
}

} // namespace permitted
