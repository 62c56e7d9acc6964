#include "main_window.h"
#include "checking/document_message.h"
#include "checking/filled_document.h"
#include "checking/live_checker.h"
#include "editor/checked_text_edit.h"
#include "editor/find_bar.h"
#include "editor/format_toolbar.h"
#include "editor/subject_edit.h"
#include "files/draft_recovery.h"
#include "files/recovery_offer.h"
#include "help/rules_reference_window.h"
#include "settings/preferences_dialog.h"
#include "detection/spell_checker.h"
#include "files/draft_session.h"
#include "library/add_language_dialog.h"
#include "library/library_panel.h"
#include "library/library_opening_text.h"
#include "library/library_store.h"
#include "library/new_template_dialog.h"
#include "library/source_pane.h"
#include "library/template_bar.h"
#include "library/template_session.h"
#include "panels/placeholder_form.h"
#include "panels/order_panel.h"
#include "panels/problems_panel.h"
#include "preview/preview_view.h"
#include "languages.h"
#include "interface/interface_catalogue.h"
#include "templates/placeholders.h"
#include "detection/validator.h"
#include "output/html_writer.h"
#include "output/plain_text_writer.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
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
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_checker->setUiLanguage(m_uiLanguage);
    m_subject->setLiveChecker(m_checker);
    m_body->setLiveChecker(m_checker);
    m_subject->setPlaceholderText(tr("Subject"));
    m_body->setPlaceholderText(tr("Write your message to the buyer here."));
    m_body->setAccessibleName(tr("Message to the buyer"));
    openLibrary();
    m_templates = new TemplateSession(m_store, m_subject->document(), m_body->document(), this);
    m_templateBar = new TemplateBar(m_templates, m_store, m_uiLanguage);
    m_source = new SourcePane(m_templates, m_store, m_uiLanguage);
    m_library = new LibraryPanel(m_store, m_uiLanguage);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_templateBar);
    auto *subjectRow = new QHBoxLayout;
    auto *subjectLabel = new QLabel(tr("&Subject:"));
    subjectLabel->setBuddy(m_subject);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject);
    layout->addLayout(subjectRow);
    // A translation is written beside its source.
    auto *texts = new QSplitter(Qt::Horizontal);
    texts->addWidget(m_body);
    texts->addWidget(m_source);
    texts->setChildrenCollapsible(false);
    layout->addWidget(texts, 1);
    m_findBar = new FindBar(m_body, central);
    layout->addWidget(m_findBar);
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
    connect(m_checker, &LiveChecker::findingsChanged, this, [this] {
        QStringList used = placeholderNames({m_subject->toPlainText(), m_body->toPlainText()});
        used.removeAll(QStringLiteral("order_id"));   // the order panel's own field
        m_order->placeholderForm()->showPlaceholders(used);
    });
    connect(m_checker, &LiveChecker::settled, this, &MainWindow::checkSettled);
    connect(m_preview, &PreviewView::refreshed, this, &MainWindow::checkSettled);
    // A new context re-checks, and the result refreshes the preview, order ID included.
    connect(m_order, &OrderPanel::changed, this, &MainWindow::orderLanguageChanged);
    connect(m_order, &OrderPanel::valuesChanged, this, &MainWindow::updatePreview);
    connect(m_order, &OrderPanel::orderIdEntered, this, [this](const QString &id) { m_order->showHistory(m_store->history(id)); });
    connect(m_session, &DraftSession::aboutToReplace, m_templates, &TemplateSession::close);
    connect(m_templates, &TemplateSession::switched, this, [this] {
        updateContext();
        updateTitle();
    });
    connect(m_templateBar, &TemplateBar::languageChosen, this, [this](const QString &code) {
        m_templates->switchLanguage(code);
        m_order->setLanguage(code);
    });
    connect(m_templateBar, &TemplateBar::addLanguageRequested, this, &MainWindow::addLanguage);
    connect(m_templateBar, &TemplateBar::closeRequested, m_templates, &TemplateSession::close);
    connect(m_library, &LibraryPanel::openRequested, this, &MainWindow::openTemplate);
    connect(m_library, &LibraryPanel::newRequested, this, [this] { newTemplate(); });
    connect(m_library, &LibraryPanel::newFromBuiltinRequested, this, &MainWindow::newTemplate);
    connect(m_library, &LibraryPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_store, &LibraryStore::changed, this, &MainWindow::updateTitle);
    connect(m_store, &LibraryStore::failed, this, [this](const QString &reason) {
        QMessageBox::warning(this, tr("Template Library"),
                             tr("A change could not be saved in your template library: %1\n\nThe text is still in the editor.").arg(reason));
    });
    connect(m_problems, &ProblemsPanel::findingActivated, this, &MainWindow::activateFinding);
    connect(m_problems, &ProblemsPanel::fixRequested, this, [this](const Finding &f) {
        (f.part == Part::Subject ? static_cast<CheckedTextEdit *>(m_subject) : m_body)->applyFix(f);
    });
    connect(m_problems, &ProblemsPanel::ignoreRequested, m_checker, &LiveChecker::ignoreHere);
    connect(m_problems, &ProblemsPanel::restoreRequested, m_checker, &LiveChecker::restoreIgnored);
    connect(m_problems, &ProblemsPanel::ruleHelpRequested, this, &MainWindow::showRulesReference);
    for (CheckedTextEdit *edit : {static_cast<CheckedTextEdit *>(m_subject), m_body})
        connect(edit, &CheckedTextEdit::ruleHelpRequested, this, &MainWindow::showRulesReference);
    connect(m_order, &OrderPanel::valuesChanged, this, [this] { m_checker->setPlaceholderValues(m_order->placeholderValues()); });
    connect(m_session, &DraftSession::stateChanged, this, &MainWindow::updateTitle);

    // A draft carries its order: saved with it, restored with it, and a new draft starts clean.
    m_session->setContextSource([this] { return m_order->draftContext(); });
    connect(m_session, &DraftSession::contextReplaced, this, [this](const std::optional<DraftContext> &context) {
        if (context) {
            m_order->setDraftContext(*context);
            return;
        }
        m_order->clearOrder();
        const Preferences preferences = loadPreferences();
        if (!preferences.newMessageLanguage.isEmpty()) {
            m_order->setLanguage(preferences.newMessageLanguage);
            if (!preferences.newMessageMarketplace.isEmpty())
                m_order->setMarketplace(preferences.newMessageMarketplace);
        }
    });
    // A template is saved into the library as it is written: only a draft needs the copy.
    m_recovery = new DraftRecovery(m_session, [this] { return !m_templates->isOpen(); }, this);
    for (QTextDocument *doc : {m_subject->document(), m_body->document()})
        connect(doc, &QTextDocument::contentsChanged, m_recovery, &DraftRecovery::changed);
    connect(m_order, &OrderPanel::changed, m_recovery, &DraftRecovery::changed);
    connect(m_order, &OrderPanel::valuesChanged, m_recovery, &DraftRecovery::changed);
    connect(m_session, &DraftSession::stateChanged, m_recovery, &DraftRecovery::changed);
    connect(m_recovery, &DraftRecovery::failed, this, [this](const QString &folder) {
        statusBar()->showMessage(tr("The recovery copy of this draft could not be written in %1: save the draft yourself.")
                                     .arg(QDir::toNativeSeparators(folder)), 10000);
    });

    resize(1480, 860);
    restoreSettings();
    orderLanguageChanged();
    updateTitle();
    m_body->setFocus();
    if (validator)
        m_checker->setValidator(std::move(validator));
    else
        loadValidator();
}

void MainWindow::editPreferences()
{
    const Validator *validator = m_checker->validator();
    Preferences current = loadPreferences();
    current.sellerName = m_order->placeholderValues().value(QStringLiteral("seller_name"));
    if (validator)
        current.userWords = validator->spelling().userWords();
    PreferencesDialog dialog(current, validator != nullptr, m_uiLanguage, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.result();
    savePreferences(chosen);
    m_order->placeholderForm()->setValue(QStringLiteral("seller_name"), chosen.sellerName);
    if (validator && chosen.userWords != current.userWords) {
        QString error;
        if (!validator->spelling().setUserWords(chosen.userWords, &error))
            QMessageBox::warning(this, tr("Preferences"), tr("Your dictionary could not be saved: %1").arg(error));
        m_checker->recheck();
    }
    if (chosen.interfaceLanguage != current.interfaceLanguage)
        statusBar()->showMessage(tr("The interface language changes when Permitted starts again."), 8000);
}

RulesReferenceWindow *MainWindow::showRulesReference(const QString &ruleId)
{
    const Validator *validator = m_checker->validator();
    if (!validator) {
        statusBar()->showMessage(tr("The rules are still loading; the reference opens once they are."), 5000);
        return nullptr;
    }
    if (!m_reference) {
        QString error;
        const auto styling = loadStylingExamples(QStringLiteral(":/rules"), &error);
        m_reference = new RulesReferenceWindow(ruleReference(*validator, styling.value_or(QList<StylingExample>()), m_uiLanguage), this);
    }
    QString id = ruleId;
    if (id.isEmpty()) {
        // The rule of the finding under the text cursor, as F1 on a misspelt word would.
        CheckedTextEdit *edit = m_subject->hasFocus() ? static_cast<CheckedTextEdit *>(m_subject) : m_body;
        const int at = edit->textCursor().position();
        for (const Finding &f : m_checker->findings(edit->part()))
            if (f.start <= at && at <= f.end() && f.length > 0)
                id = f.ruleId;
    }
    if (!id.isEmpty() || m_reference->shownRule().isEmpty())
        m_reference->showRule(id);
    m_reference->show();
    m_reference->raise();
    m_reference->activateWindow();
    return m_reference;
}

void MainWindow::offerRecovery()
{
    offerRecoveredDrafts(this, [this](const RecoveredDraft &found) {
        if (!m_session->maybeSave())
            return false;
        m_templates->close();
        m_session->restore(found.draft, found.originalPath);
        m_recovery->changed();
        statusBar()->showMessage(tr("The draft was restored; it is not saved yet."), 8000);
        return true;
    });
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
    // The order panel grows with the placeholders a message uses: it scrolls rather than
    // squeezing the library under it.
    auto *orderScroll = new QScrollArea;
    orderScroll->setWidget(m_order);
    orderScroll->setWidgetResizable(true);
    orderScroll->setFrameShape(QFrame::NoFrame);
    orderScroll->setAccessibleName(tr("Order"));
    orderScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    orderScroll->setMinimumWidth(m_order->minimumSizeHint().width()
                                 + orderScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *order = dock(orderScroll, tr("Order"), QStringLiteral("orderDock"), Qt::LeftDockWidgetArea);
    auto *library = dock(m_library, tr("Templates"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(order, library, Qt::Vertical);
    dock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    auto *preview = dock(m_preview, tr("Preview"), QStringLiteral("previewDock"), Qt::RightDockWidgetArea);
    // The side docks run the full height; the problems sit under the text they are about.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // A first layout where the preview shows Amazon's 600-pixel column whole; the user's own
    // layout replaces it from the second start on.
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("orderDock")), preview}, {330, 660}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("problemsDock"))}, {200}, Qt::Vertical);
    resizeDocks({order, library}, {470, 390}, Qt::Vertical);
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
    // In the library panel, Undo takes back the last library step (a deletion, a rename).
    auto inLibrary = [this] { return m_library->isAncestorOf(QApplication::focusWidget()); };
    edit->addAction(tr("&Undo"), QKeySequence::Undo, this, [this, focused, inLibrary] {
        inLibrary() ? m_store->undoStack()->undo() : focused()->undo();
    });
    QAction *redo = edit->addAction(tr("&Redo"), this, [this, focused, inLibrary] {
        inLibrary() ? m_store->undoStack()->redo() : focused()->redo();
    });
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, [focused] { focused()->cut(); });
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, [focused] { focused()->copy(); });
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, [focused] { focused()->paste(); });
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [focused] { focused()->selectAll(); });
    edit->addSeparator();
    // Preferences has no standard key on some Linux desktops: Ctrl+, as many programs use.
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(tr("Ctrl+,"))}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] { m_findBar->open(false); });
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] { m_findBar->findNext(); });
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, this, [this] { m_findBar->findPrevious(); });
    // Linux has no standard key for Replace: Ctrl+H, as in most editors.
    edit->addAction(tr("R&eplace…"), QKeySequence(tr("Ctrl+H")), this, [this] { m_findBar->open(true); });

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    if (auto *bar = findChild<FormatToolBar *>())
        format->addActions(bar->formatActions());

    QMenu *templates = menuBar()->addMenu(tr("&Templates"));
    templates->addAction(tr("&New Template…"), QKeySequence(tr("Ctrl+Shift+N")), this, [this] { newTemplate(); });
    QAction *addLanguage = templates->addAction(tr("&Add Language…"), this, [this] { this->addLanguage(); });
    QAction *closeTemplate = templates->addAction(tr("&Close Template"), m_templates, &TemplateSession::close);
    templates->addSeparator();
    templates->addAction(tr("&Import…"), m_library, &LibraryPanel::importFile);
    templates->addAction(tr("&Export All…"), m_library, &LibraryPanel::exportAll);
    connect(templates, &QMenu::aboutToShow, this, [this, addLanguage, closeTemplate] {
        addLanguage->setEnabled(m_templates->isOpen());
        closeTemplate->setEnabled(m_templates->isOpen());
    });
    templates->setEnabled(m_store->isAvailable());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_zoom + 1); });
    // Ctrl++ is Ctrl+Shift+= on most keyboards; Ctrl+= is accepted too.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { setZoom(m_zoom - 1); });
    view->addAction(tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")), this, [this] { setZoom(0); });
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    if (auto *bar = findChild<FormatToolBar *>())
        view->addAction(bar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Rules Reference"), QKeySequence::HelpContents, this, [this] { showRulesReference(); });
    help->addAction(tr("&About Permitted"), this, [this] {
        QMessageBox::about(this, tr("About Permitted"),
                           tr("<p><b>Permitted</b> %1</p><p>Checks messages to Amazon buyers against Amazon's "
                              "communication rules as you write them.</p>").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::loadValidator()
{
    ValidatorOptions options;
    options.userDictionary = userWordsPath();
    QDir().mkpath(QFileInfo(options.userDictionary).absolutePath());
    // The first check needs the buyer language's dictionaries: they load while the rules are built.
    const MessageContext context = m_order->context();
    options.preloadDictionaries = spellingDictionaries(context.language, context.marketplace);
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

void MainWindow::openLibrary()
{
    const QString path = TemplateLibrary::defaultPath();
    LibraryOpening opening;
    auto library = TemplateLibrary::open(path, &opening);
    m_store = new LibraryStore(std::move(library), opening.problem, this);
    // Said once the window shows: the user must know when a file was damaged, and where the
    // damaged copy is.
    const QString text = describeLibraryOpening(opening);
    if (text.isEmpty())
        return;
    QTimer::singleShot(0, this, [this, text] { QMessageBox::warning(this, tr("Template Library"), text); });
}

void MainWindow::updateContext()
{
    MessageContext context = m_order->context();
    context.sourcePlaceholders = m_templates->sourcePlaceholders();
    m_checker->setPlaceholderValues(m_order->placeholderValues());
    m_checker->setContext(context);
    m_checker->setChannel(m_order->channel());
}

void MainWindow::orderLanguageChanged()
{
    // The buyer's language picks the open template's variant, when it has one.
    const QString language = m_order->language();
    m_templateBar->setBuyerLanguage(language);
    m_library->setPreviewLanguage(language);
    if (m_templates->isOpen() && language != m_templates->language())
        m_templates->switchLanguage(language);
    updateContext();
}

bool MainWindow::openTemplate(qint64 id)
{
    if (m_templates->isOpen() && m_templates->templateId() == id)
        return true;
    // The draft in the fields is replaced: it may want saving first.
    if (!m_session->newDraft())
        return false;
    if (!m_templates->open(id, m_order->language()))
        return false;
    const auto t = m_templates->current();
    m_order->setReason(t->reason);
    m_order->setLanguage(m_templates->language());
    m_library->select(id);
    m_body->setFocus();
    return true;
}

void MainWindow::newTemplate(const QString &reason)
{
    if (!m_store->isAvailable())
        return;
    const TemplateText draft{m_subject->toPlainText(), m_body->toPlainText()};
    NewTemplateDialog dialog(draft, reason.isEmpty() ? m_order->context().reason : reason, m_order->language(), m_uiLanguage, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LibraryTemplate t = dialog.result();
    if (const qint64 id = m_store->createTemplate(t, tr("New Template “%1”").arg(t.name))) {
        // Started from the editor's message: that draft now lives in the library.
        if (t.variants.first().text == draft) {
            m_subject->document()->setModified(false);
            m_body->document()->setModified(false);
        }
        openTemplate(id);
    }
}

void MainWindow::addLanguage(const QString &suggested)
{
    const auto t = m_templates->current();
    if (!t)
        return;
    AddLanguageDialog dialog(*t, suggested.isEmpty() ? m_order->language() : suggested, m_uiLanguage, this);
    if (dialog.exec() != QDialog::Accepted || dialog.language().isEmpty())
        return;
    m_templates->saveNow();
    if (m_store->addLanguage(t->id, dialog.language(), dialog.text(), dialog.status())) {
        m_templates->switchLanguage(dialog.language());
        m_order->setLanguage(dialog.language());
    }
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
    // The buyer reads the order's values, not the placeholders; the findings move with them.
    const QHash<QString, QString> values = m_order->placeholderValues();
    const FilledDocument filled = fillDocument(*m_body->document(), values);
    Findings body;
    for (Finding f : m_checker->findings()) {
        if (f.part != Part::Body)
            continue;
        const Range r = filled.text.toFilled({f.start, f.end()});
        f.start = r.start;
        f.length = r.length();
        body.append(f);
    }
    emit previewUpdateStarted();
    m_preview->showMessage(fillPlaceholders(m_subject->toPlainText(), values), m_order->orderId(), *filled.document, body);
}

void MainWindow::activateFinding(const Finding &finding)
{
    CheckedTextEdit *edit = finding.part == Part::Subject ? static_cast<CheckedTextEdit *>(m_subject) : m_body;
    edit->selectRange(finding.start, finding.length);
}

void MainWindow::updateTitle()
{
    if (const auto t = m_templates->current()) {
        // A template is saved as it is written: nothing is ever unsaved.
        setWindowTitle(QStringLiteral("%1 (%2) \u2014 %3").arg(t->name, languageDisplayName(m_templates->language(), m_uiLanguage), tr("Permitted")));
        setWindowModified(false);
        return;
    }
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

bool MainWindow::confirmCopy(const QHash<QString, QString> &values, Channel channel)
{
    // The same findings the status bar counts, named: the seller decides knowing what remains.
    QStringList remaining;
    int errors = 0;
    for (const Finding &f : m_checker->checkForSending(values, channel)) {
        if (f.severity != Severity::Error)
            continue;
        ++errors;
        const QString where = f.length > 0 ? m_checker->document(f.part)->toPlainText().mid(f.start, f.length).simplified() : QString();
        const QString excerpt = where.size() > 50 ? where.left(50) + QChar(0x2026) : where;
        const QString title = m_checker->explain(f).title;
        remaining << (excerpt.isEmpty() ? title : tr("%1: “%2”").arg(title, excerpt));
    }
    if (errors == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Copy Message"),
                    tr("This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?", "", errors),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.setInformativeText(QStringLiteral("• ") + remaining.mid(0, 8).join(QStringLiteral("\n• "))
                           + (remaining.size() > 8 ? tr("\n… and %n more", "", int(remaining.size() - 8)) : QString()));
    return box.exec() == QMessageBox::Yes;
}

bool MainWindow::copyForSellerCentral()
{
    const QHash<QString, QString> values = m_order->placeholderValues();
    if (!confirmCopy(values, Channel::Text))
        return false;
    QApplication::clipboard()->setText(sellerCentralText());
    const QString notRecorded = recordCopy();
    // Plain text keeps a link's words, not its address: say which words lost one.
    QStringList lost;
    const QString body = m_body->toPlainText();
    for (const Finding &f : m_checker->checkForSending(values, Channel::Text))
        if (f.ruleId == QLatin1String("html-in-text") && f.note == QLatin1String("hidden-link"))
            lost << tr("“%1”").arg(body.mid(f.start, f.length));
    QString said = tr("The message is on the clipboard, ready for Seller Central.");
    if (!lost.isEmpty())
        said += QLatin1Char(' ') + tr("Plain text keeps no link address behind words: %1 lost its link.").arg(lost.join(QLatin1String(", ")));
    if (!notRecorded.isEmpty())
        said += QLatin1Char(' ') + notRecorded;
    statusBar()->showMessage(said, 10000);
    return true;
}

QString MainWindow::recordCopy()
{
    // The history answers later questions about this order: was a review requested, when
    // was it completed. Whatever else the order panel holds or lacks, a whole order ID is
    // enough to record the copy.
    const MessageContext context = m_order->context();
    const QString orderId = m_order->orderId();
    if (orderId.isEmpty())
        return tr("It is not in the order history: the Order panel has no order ID.");
    if (!isWholeOrderId(orderId))
        return tr("It is not in the order history: the order ID “%1” is incomplete.").arg(orderId);
    if (!m_store->isAvailable())
        return tr("It is not in the order history: the template library, which keeps it, could not be opened.");
    if (!m_store->recordCopy({orderId, context.reason, context.language, context.orderCompleted, QDateTime::currentDateTimeUtc()}))
        return tr("It is not in the order history: the library could not save it.");
    m_order->showHistory(m_store->history(orderId));
    return QString();
}

bool MainWindow::copyAsHtmlEmail()
{
    const QHash<QString, QString> values = m_order->placeholderValues();
    if (!confirmCopy(values, Channel::Html))
        return false;
    auto *data = new QMimeData;
    data->setHtml(htmlEmail());
    data->setText(sellerCentralText());
    QApplication::clipboard()->setMimeData(data);
    // An e-mail reply is a message to the buyer about the order as much as one sent from
    // Seller Central.
    const QString notRecorded = recordCopy();
    statusBar()->showMessage(tr("The message is on the clipboard as an HTML e-mail.")
                                 + (notRecorded.isEmpty() ? QString() : QLatin1Char(' ') + notRecorded), 10000);
    return true;
}

QString MainWindow::sellerCentralText() const
{
    // Seller Central's message box takes plain text: the body, as the buyer will read it, with
    // nothing the text cannot carry (a picture is a finding of this channel).
    return writePlainText(fillPlaceholders(m_body->document()->toPlainText(), m_order->placeholderValues()));
}

QString MainWindow::htmlEmail() const
{
    // The project's own HTML of the message as checked, never Qt's export (its fonts, margins
    // and qrichtext markup would break the styling rules themselves).
    const QHash<QString, QString> values = m_order->placeholderValues();
    const FilledDocument subject = fillDocument(*m_subject->document(), values);
    const FilledDocument body = fillDocument(*m_body->document(), values);
    return writeHtmlMessage(messageFromDocuments(*subject.document, *body.document, Channel::Html));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_templates->saveNow();
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::setZoom(int steps)
{
    m_zoom = std::clamp(steps, -4, 16);
    m_subject->setZoom(m_zoom);
    m_body->setZoom(m_zoom);
    QSettings().setValue(QStringLiteral("editor/zoom"), m_zoom);
}

void MainWindow::fitOnScreen()
{
    const QScreen *s = screen();
    if (!s || isMaximized() || isFullScreen())
        return;
    const QRect available = s->availableGeometry();
    QRect frame = frameGeometry();
    const QSize chrome = frame.size() - geometry().size();
    const QSize fitted = geometry().size().boundedTo(available.size() - chrome);
    if (fitted != geometry().size())
        resize(fitted);
    frame = frameGeometry();
    // Moved back inside, when it hangs off an edge (a screen unplugged since).
    QPoint at = frame.topLeft();
    at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    at.setY(std::clamp(at.y(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    if (at != frame.topLeft())
        move(at);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Only now is the frame the window manager adds known.
    QTimer::singleShot(0, this, &MainWindow::fitOnScreen);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("preview/width"), m_preview->columnWidth());
    settings.setValue(QStringLiteral("library/openTemplate"), m_templates->templateId());
    m_order->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    fitOnScreen();
    setZoom(settings.value(QStringLiteral("editor/zoom"), 0).toInt());
    m_preview->setColumnWidth(settings.value(QStringLiteral("preview/width"), PreviewView::kDesktopColumnWidth).toInt());
    m_order->restoreSettings(settings);
    // The template open at the last close opens again, in the remembered buyer language.
    if (const qint64 id = settings.value(QStringLiteral("library/openTemplate")).toLongLong(); id && m_store->find(id))
        openTemplate(id);
}

} // namespace permitted
