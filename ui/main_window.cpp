#include "main_window.h"
#include "checking/live_checker.h"
#include "editor/checked_text_edit.h"
#include "editor/format_toolbar.h"
#include "editor/subject_edit.h"
#include "files/draft_session.h"
#include "panels/order_panel.h"
#include "panels/problems_panel.h"
#include "preview/preview_view.h"
#include "languages.h"
#include "validator.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace permitted {

MainWindow::MainWindow(std::shared_ptr<const Validator> validator, QWidget *parent)
    : QMainWindow(parent), m_uiLanguage(interfaceLanguage()), m_subject(new SubjectEdit),
      m_body(new CheckedTextEdit(Part::Body)),
      m_checker(new LiveChecker(m_subject->document(), m_body->document(), this)),
      m_order(new OrderPanel(m_uiLanguage)), m_problems(new ProblemsPanel), m_preview(new PreviewView),
      m_session(new DraftSession(m_subject->document(), m_body->document(), this)),
      m_verdict(new QLabel), m_counts(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_checker->setUiLanguage(m_uiLanguage);
    m_subject->setLiveChecker(m_checker);
    m_body->setLiveChecker(m_checker);
    m_subject->setPlaceholderText(tr("Subject"));
    m_body->setPlaceholderText(tr("Write your message to the buyer here."));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *subjectRow = new QHBoxLayout;
    auto *subjectLabel = new QLabel(tr("&Subject:"));
    subjectLabel->setBuddy(m_subject);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject);
    layout->addLayout(subjectRow);
    layout->addWidget(m_body, 1);
    setCentralWidget(central);
    addToolBar(new FormatToolBar(m_body, this));

    buildDocks();
    buildMenus();
    statusBar()->addWidget(m_verdict, 1);
    statusBar()->addPermanentWidget(m_counts);
    m_verdict->setText(tr("Loading the rules…"));

    connect(m_subject, &SubjectEdit::returnPressed, m_body, [this] { m_body->setFocus(); });
    for (CheckedTextEdit *edit : {static_cast<CheckedTextEdit *>(m_subject), m_body}) {
        connect(edit, &CheckedTextEdit::fileDropped, this, [this](const QString &path) {
            if (m_session->maybeSave())
                m_session->openPath(path);
        });
        connect(edit, &QTextEdit::cursorPositionChanged, this, [this, edit] {
            m_checker->cursorMoved(edit->part(), edit->textCursor().position());
        });
    }
    connect(m_checker, &LiveChecker::findingsChanged, this, &MainWindow::showFindings);
    connect(m_checker, &LiveChecker::findingsChanged, this, &MainWindow::updatePreview);
    connect(m_checker, &LiveChecker::settled, this, &MainWindow::checkSettled);
    connect(m_preview, &PreviewView::refreshed, this, &MainWindow::checkSettled);
    // A new context re-checks, and the result refreshes the preview, order ID included.
    connect(m_order, &OrderPanel::changed, this, [this] { m_checker->setContext(m_order->context()); });
    connect(m_problems, &ProblemsPanel::findingActivated, this, &MainWindow::activateFinding);
    connect(m_session, &DraftSession::stateChanged, this, &MainWindow::updateTitle);

    resize(1480, 860);
    restoreSettings();
    m_checker->setContext(m_order->context());
    updateTitle();
    m_body->setFocus();
    if (validator)
        m_checker->setValidator(std::move(validator));
    else
        loadValidator();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    auto dock = [this](QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);   // the saved layout finds its docks by name
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    dock(m_order, tr("Order"), QStringLiteral("orderDock"), Qt::LeftDockWidgetArea);
    dock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    auto *preview = dock(m_preview, tr("Preview"), QStringLiteral("previewDock"), Qt::RightDockWidgetArea);
    // The side docks run the full height; the problems sit under the text they are about.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // A first layout where the preview shows Amazon's 600-pixel column whole; the user's own
    // layout replaces it from the second start on.
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("orderDock")), preview}, {330, 660}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("problemsDock"))}, {200}, Qt::Vertical);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, m_session, &DraftSession::newDraft);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_session, &DraftSession::open);
    m_session->attachRecentMenu(file->addMenu(tr("Open &Recent")));
    file->addAction(tr("&Save"), QKeySequence::Save, m_session, &DraftSession::save);
    // Linux has no standard key for Save As: the usual one.
    file->addAction(tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S")), m_session, &DraftSession::saveAs);
    file->addSeparator();
    file->addAction(tr("Copy for Seller &Central"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyForSellerCentral);
    file->addAction(tr("Copy as &HTML E-mail"), QKeySequence(tr("Ctrl+Alt+C")), this, &MainWindow::copyAsHtmlEmail);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    // Edit acts on whichever field has the focus.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto focused = [this]() -> QTextEdit * {
        return m_subject->hasFocus() ? static_cast<QTextEdit *>(m_subject) : m_body;
    };
    edit->addAction(tr("&Undo"), QKeySequence::Undo, this, [focused] { focused()->undo(); });
    QAction *redo = edit->addAction(tr("&Redo"), this, [focused] { focused()->redo(); });
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, [focused] { focused()->cut(); });
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, [focused] { focused()->copy(); });
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, [focused] { focused()->paste(); });
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [focused] { focused()->selectAll(); });

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    if (auto *bar = findChild<FormatToolBar *>())
        format->addActions(bar->formatActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    if (auto *bar = findChild<FormatToolBar *>())
        view->addAction(bar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Permitted"), this, [this] {
        QMessageBox::about(this, tr("About Permitted"),
                           tr("<p><b>Permitted</b> %1</p><p>Checks messages to Amazon buyers against Amazon's "
                              "communication rules as you write them.</p>").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::loadValidator()
{
    ValidatorOptions options;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    options.userDictionary = data + QStringLiteral("/user-words.txt");
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Validator>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (auto v = watcher->result()) {
            m_checker->setValidator(std::move(v));
        } else {
            m_verdict->setText(tr("The rules could not be loaded: messages are not checked."));
            QMessageBox::critical(this, tr("Permitted"), tr("The rules could not be loaded, so nothing is checked. "
                                                            "Reinstalling Permitted should repair this."));
        }
    });
    watcher->setFuture(QtConcurrent::run([options]() -> std::shared_ptr<const Validator> {
        QString error;
        std::shared_ptr<const Validator> v = Validator::create(options, &error);
        if (!v)
            qWarning("permitted: the rules could not be loaded: %s", qPrintable(error));
        return v;
    }));
}

void MainWindow::showFindings()
{
    m_problems->showFindings(*m_checker);
    int errors = 0, warnings = 0, suggestions = 0;
    for (const Finding &f : m_checker->findings())
        ++(f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : suggestions);
    if (errors > 0)
        m_verdict->setText(tr("%n problem(s) would get this message blocked", "", errors));
    else if (m_subject->document()->isEmpty() && m_body->document()->isEmpty())
        m_verdict->setText(tr("Write your message; it is checked as you type."));
    else if (warnings > 0)
        m_verdict->setText(tr("Ready to send, but look at the warnings"));
    else
        m_verdict->setText(tr("Ready to send"));
    m_counts->setText(tr("Errors: %1 · Warnings: %2 · Suggestions: %3").arg(errors).arg(warnings).arg(suggestions));
}

void MainWindow::updatePreview()
{
    Findings body;
    for (const Finding &f : m_checker->findings())
        if (f.part == Part::Body)
            body.append(f);
    emit previewUpdateStarted();
    m_preview->showMessage(m_subject->toPlainText(), m_order->orderId(), *m_body->document(), body);
}

void MainWindow::activateFinding(const Finding &finding)
{
    CheckedTextEdit *edit = finding.part == Part::Subject ? static_cast<CheckedTextEdit *>(m_subject) : m_body;
    edit->selectRange(finding.start, finding.length);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] \u2014 %2").arg(m_session->displayName(), tr("Permitted")));
    setWindowModified(m_session->isModified());
}

bool MainWindow::openDraft(const QString &path)
{
    return m_session->openPath(path);
}

bool MainWindow::isSettled() const
{
    return m_checker->isSettled() && m_preview->isUpToDate();
}

void MainWindow::whenSettled(std::function<void()> then)
{
    m_whenSettled.append(std::move(then));
    checkSettled();
}

void MainWindow::checkSettled()
{
    if (!isSettled())
        return;
    emit settled();
    const auto waiting = std::exchange(m_whenSettled, {});
    for (const auto &then : waiting)
        then();
}

bool MainWindow::confirmCopy()
{
    int errors = 0;
    for (const Finding &f : m_checker->checkForSending())
        errors += f.severity == Severity::Error;
    if (errors == 0)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Copy Message"),
        tr("This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?", "", errors),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

bool MainWindow::copyForSellerCentral()
{
    if (!confirmCopy())
        return false;
    // Seller Central's message box takes plain text: the body, as the buyer will read it.
    QApplication::clipboard()->setText(m_body->document()->toPlainText());
    statusBar()->showMessage(tr("The message is on the clipboard, ready for Seller Central."), 5000);
    return true;
}

bool MainWindow::copyAsHtmlEmail()
{
    if (!confirmCopy())
        return false;
    auto *data = new QMimeData;
    data->setHtml(m_body->document()->toHtml());
    data->setText(m_body->document()->toPlainText());
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("The message is on the clipboard as an HTML e-mail."), 5000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("preview/width"), m_preview->columnWidth());
    m_order->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_preview->setColumnWidth(settings.value(QStringLiteral("preview/width"), PreviewView::kDesktopColumnWidth).toInt());
    m_order->restoreSettings(settings);
}

} // namespace permitted
