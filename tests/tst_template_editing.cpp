// Templates in the editor, as a seller uses them: start from a built-in template in the
// buyer's language, adapt it (saved without a save step), translate it beside its source with
// the placeholders checked, fill it from the order, copy it, and find the copy in the history;
// delete and undo; a damaged library recovered, with the user told.

#include "checking/live_checker.h"
#include "editor/checked_text_edit.h"
#include "editor/subject_edit.h"
#include "library/library_panel.h"
#include "library/library_store.h"
#include "library/source_pane.h"
#include "library/template_bar.h"
#include "library/template_session.h"
#include "main_window.h"
#include "panels/order_panel.h"
#include "panels/placeholder_form.h"
#include "preview/preview_page.h"
#include "preview/preview_view.h"
#include "interface_test_support.h"
#include "web_engine_test_main.h"
#include "templates/builtin_templates.h"
#include "detection/validator.h"
#include "validator_fixture.h"

#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace permitted;
using namespace permitted::test;

namespace {

QStringList errorsIn(const Findings &all)
{
    QStringList out;
    for (const Finding &f : all)
        if (f.severity == Severity::Error)
            out << f.ruleId;
    return out;
}

void acceptNextDialog()
{
    whenDialogOpens([](QWidget *dialog) { static_cast<QDialog *>(dialog)->accept(); });
}

int templateRows(QTreeWidget *tree)
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        rows += (*it)->data(0, Qt::UserRole).toLongLong() != 0;
    return rows;
}

} // namespace

class TemplateEditingTest : public QObject {
    Q_OBJECT

    std::shared_ptr<const Validator> m_validator;
    std::unique_ptr<MainWindow> m_window;

    CheckedTextEdit *body() const { return m_window->bodyEdit(); }
    LibraryStore *store() const { return m_window->library(); }
    OrderPanel *order() const { return m_window->orderPanel(); }
    bool settle() { return QTest::qWaitFor([this] { return m_window->isSettled(); }, 20000); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_validator);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(settle());
    }

    void fillOrder(const QString &orderId, const QHash<QString, QString> &values)
    {
        order()->setOrderId(orderId);
        for (auto it = values.begin(); it != values.end(); ++it)
            order()->placeholderForm()->setValue(it.key(), it.value());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // before the first QSettings
        QString error;
        m_validator = Validator::create(ValidatorOptions{}, &error);
        QVERIFY2(m_validator, qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        startWithEmptyDataFolder();
        openWindow();
    }

    void cleanup()
    {
        m_window->subjectEdit()->document()->setModified(false);
        body()->document()->setModified(false);
        m_window.reset();
    }

    void aSellerAdaptsTranslatesFillsAndCopiesATemplate()
    {
        order()->setReason(QStringLiteral("unexpected-problem"));
        order()->setLanguage(QStringLiteral("fr"));
        acceptNextDialog();
        m_window->newTemplate();
        TemplateSession *session = m_window->templateSession();
        QVERIFY(session->isOpen());
        QCOMPARE(session->language(), QStringLiteral("fr"));
        const BuiltinTemplate *french = findBuiltinTemplate(QStringLiteral("unexpected-problem"), QStringLiteral("fr"));
        QCOMPARE(m_window->subjectEdit()->toPlainText(), french->text.subject);
        QCOMPARE(body()->toPlainText(), french->text.body);
        QVERIFY(m_window->windowTitle().contains(session->current()->name));
        QCOMPARE(templateRows(m_window->libraryPanel()->tree()), 1);

        // Adapted: saved in the library as typed, with nothing left unsaved.
        const qint64 id = session->templateId();
        QTextCursor end(body()->document());
        end.movePosition(QTextCursor::End);
        body()->setTextCursor(end);
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral(" Merci."));
        QVERIFY(QTest::qWaitFor([&] { return store()->find(id)->variant(QStringLiteral("fr"))->text.body.endsWith(QStringLiteral(" Merci.")); }, 5000));
        QVERIFY(!m_window->isWindowModified());

        // Translated: German starts from the built-in German text, to be reviewed since the
        // French source is no longer the built-in one; the French shows beside it.
        acceptNextDialog();
        m_window->addLanguage(QStringLiteral("de"));
        QCOMPARE(session->language(), QStringLiteral("de"));
        QCOMPARE(order()->language(), QStringLiteral("de"));
        QCOMPARE(store()->find(id)->status(QStringLiteral("de")), TranslationStatus::NeedsReview);
        QVERIFY(m_window->sourcePane()->isVisible());
        QVERIFY(m_window->sourcePane()->shownText().contains(QStringLiteral(" Merci.")));
        QVERIFY(settle());
        QVERIFY(only(m_window->checker()->findings(), "placeholder-mismatch").isEmpty());

        // A translation that drops a placeholder of its source is flagged.
        QTextCursor shipDate = body()->document()->find(QStringLiteral("{{ship_date}}"));
        QVERIFY(!shipDate.isNull());
        shipDate.insertText(QStringLiteral("bald"));
        QVERIFY(settle());
        const Findings mismatch = only(m_window->checker()->findings(), "placeholder-mismatch");
        QCOMPARE(mismatch.size(), 1);
        QVERIFY(mismatch[0].noteArgs.join(' ').contains(QStringLiteral("{{ship_date}}")));
        body()->undo();
        QVERIFY(settle());
        QVERIFY(only(m_window->checker()->findings(), "placeholder-mismatch").isEmpty());

        // Reviewed, from the bar's button.
        auto *review = m_window->templateBar()->findChild<QPushButton *>();
        QVERIFY(review && review->isVisible());
        review->click();
        QCOMPARE(store()->find(id)->status(QStringLiteral("de")), TranslationStatus::Done);

        // An unfilled placeholder stops the copy.
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QString asked;
        QVERIFY(!only(m_window->checker()->checkForSending(order()->placeholderValues()), "unfilled-placeholder").isEmpty());
        answerMessageBox(QMessageBox::No, &asked);
        QVERIFY(!m_window->copyForSellerCentral());
        QVERIFY(asked.contains(QStringLiteral("blocked")));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));

        // Filled from the order: the copy and the preview read the values.
        const QString orderId = QStringLiteral("303-1234567-7654321");
        fillOrder(orderId, {{"buyer_name", "Jonas Weber"}, {"product_name", "Stehlampe Lumen"}, {"ship_date", "2. Dezember"},
                            {"delivery_date", "5. Dezember"}, {"seller_name", "Lampenhaus Berg"}});
        QVERIFY(settle());
        const Findings sending = m_window->checker()->checkForSending(order()->placeholderValues());
        QVERIFY2(errorsIn(sending).isEmpty(), qPrintable(errorsIn(sending).join(' ')));
        QVERIFY(m_window->copyForSellerCentral());
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("Jonas Weber")));
        QVERIFY(copied.contains(orderId));
        QVERIFY2(!copied.contains(QStringLiteral("{{")), qPrintable(copied));
        // Answers may arrive after this function returns: they write to a shared string.
        auto pageText = std::make_shared<QString>();
        QVERIFY(QTest::qWaitFor([&] {
            m_window->preview()->page()->toPlainText([pageText](const QString &text) { *pageText = text; });
            return pageText->contains(QStringLiteral("Jonas Weber"));
        }, 10000));

        // The copy is in the history.
        const QList<HistoryEntry> history = store()->history(orderId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].reason, QStringLiteral("unexpected-problem"));
        QCOMPARE(history[0].language, QStringLiteral("de"));

        // Back to the French source: the buyer language follows the tab.
        QTabBar *tabs = m_window->templateBar()->tabs();
        QCOMPARE(tabs->tabData(0).toString(), QStringLiteral("fr"));   // the source comes first
        tabs->setCurrentIndex(0);
        QCOMPARE(session->language(), QStringLiteral("fr"));
        QCOMPARE(order()->language(), QStringLiteral("fr"));
        QVERIFY(!m_window->sourcePane()->isVisible());

        // The source changes after the review: beside the German, the new sentence is marked.
        end = QTextCursor(body()->document());
        end.movePosition(QTextCursor::End);
        body()->setTextCursor(end);
        QTest::keyClicks(body(), QStringLiteral(" Nous restons disponibles."));
        QVERIFY(QTest::qWaitFor([&] { return store()->find(id)->status(QStringLiteral("de")) == TranslationStatus::NeedsReview; }, 5000));
        tabs->setCurrentIndex(1);
        QCOMPARE(session->language(), QStringLiteral("de"));
        const QList<QPair<int, int>> marked = m_window->sourcePane()->highlighted();
        m_window->grab().save(QStringLiteral(SCREENSHOT_DIR "/translation-review.png"));   // to look at
        QCOMPARE(marked.size(), 1);
        QCOMPARE(m_window->sourcePane()->shownText().mid(marked[0].first, marked[0].second - marked[0].first),
                 QStringLiteral("Nous restons disponibles."));
        tabs->setCurrentIndex(0);

        // A translation can be removed, after a question; the source cannot.
        QString question;
        answerMessageBox(QMessageBox::Yes, &question);
        m_window->templateBar()->removeLanguage(QStringLiteral("de"));
        QVERIFY(question.contains(QStringLiteral("cannot be undone")));
        QVERIFY(!store()->find(id)->variant(QStringLiteral("de")));
        QCOMPARE(tabs->count(), 1);
        m_window->templateBar()->removeLanguage(QStringLiteral("fr"));
        QVERIFY(store()->find(id)->variant(QStringLiteral("fr")));
    }

    void aSecondReviewRequestForTheSameOrderIsFlagged()
    {
        order()->setReason(QStringLiteral("request-review"));
        order()->setLanguage(QStringLiteral("en"));
        acceptNextDialog();
        m_window->newTemplate();
        const QString orderId = QStringLiteral("111-2223334-4445556");
        fillOrder(orderId, {{"buyer_name", "Sam"}, {"product_name", "Desk Lamp"}, {"seller_name", "Bright Home"}});
        QVERIFY(settle());
        QVERIFY(only(m_window->checker()->findings(), "review-repeat").isEmpty());
        QVERIFY(m_window->copyForSellerCentral());
        // The history now knows: the order panel says so, and the same request is an error.
        QVERIFY(order()->context().reviewAlreadyRequested);
        QVERIFY(settle());
        QVERIFY(!only(m_window->checker()->findings(), "review-repeat").isEmpty());

        // Another day, another window: typing the order ID brings the history back.
        cleanup();
        openWindow();
        order()->setReason(QStringLiteral("request-review"));
        QVERIFY(!order()->context().reviewAlreadyRequested);
        order()->setOrderId(orderId);
        QVERIFY(order()->context().reviewAlreadyRequested);

        // The completion date the history knows drives the 30-day window of a proactive message.
        const QString oldOrder = QStringLiteral("222-3334445-5556667");
        const QDate completed = QDate::currentDate().addDays(-45);
        QVERIFY(store()->recordCopy({oldOrder, QStringLiteral("warranty"), QStringLiteral("en"), completed, {}}));
        order()->setReason(QStringLiteral("unexpected-problem"));
        body()->setPlainText(QStringLiteral("Hello,\nYour order {{order_id}} ships a day late."));
        order()->setOrderId(oldOrder);
        QCOMPARE(order()->context().orderCompleted, std::optional<QDate>(completed));
        QVERIFY(settle());
        QCOMPARE(only(m_window->checker()->findings(), "outside-window").size(), 1);
    }

    void builtInTemplatesAreListedPreviewedAndCopied()
    {
        LibraryPanel *panel = m_window->libraryPanel();
        QCOMPARE(templateRows(panel->tree()), 0);
        order()->setLanguage(QStringLiteral("fr"));
        panel->selectBuiltin(QStringLiteral("warranty"));
        QCOMPARE(panel->selectedBuiltin(), QStringLiteral("warranty"));
        const BuiltinTemplate *french = findBuiltinTemplate(QStringLiteral("warranty"), QStringLiteral("fr"));
        QVERIFY(french);
        QVERIFY(panel->preview()->toPlainText().contains(french->text.body));
        // Read-only: nothing to rename or delete; a double click asks for a new template from it.
        QVERIFY(!panel->selectedId());
        whenDialogOpens([](QWidget *dialog) {
            // The dialog shows the text it starts from.
            QVERIFY(dialog->findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("Subject: ")));
            static_cast<QDialog *>(dialog)->accept();
        });
        QTreeWidgetItem *item = panel->tree()->currentItem();
        emit panel->tree()->itemActivated(item, 0);
        QCOMPARE(templateRows(panel->tree()), 1);
        QVERIFY(m_window->templateSession()->isOpen());
        QCOMPARE(m_window->templateSession()->current()->reason, QStringLiteral("warranty"));
        QCOMPARE(body()->toPlainText(), french->text.body);
    }

    void deletingATemplateCanBeUndone()
    {
        LibraryTemplate t;
        t.reason = QStringLiteral("warranty");
        t.sourceLanguage = QStringLiteral("en");
        t.variants = {{QStringLiteral("en"), findBuiltinTemplate(t.reason, t.sourceLanguage)->text, TranslationStatus::Done, {}, {}}};
        t.name = QStringLiteral("Warranty A");
        const qint64 a = store()->createTemplate(t, QStringLiteral("New"));
        t.name = QStringLiteral("Warranty B");
        QVERIFY(store()->createTemplate(t, QStringLiteral("New")));
        LibraryPanel *panel = m_window->libraryPanel();
        QCOMPARE(templateRows(panel->tree()), 2);
        QVERIFY(m_window->openTemplate(a));

        // Deleting asks first; Cancel keeps it.
        panel->select(a);
        QString asked;
        answerMessageBox(QMessageBox::Cancel, &asked);
        panel->deleteSelected();
        QVERIFY2(asked.contains(QStringLiteral("Warranty A")), qPrintable(asked));
        QCOMPARE(templateRows(panel->tree()), 2);
        answerMessageBox(QMessageBox::Yes, &asked);
        panel->deleteSelected();
        QCOMPARE(templateRows(panel->tree()), 1);
        // The open template is gone from the library, not from the editor.
        QVERIFY(!m_window->templateSession()->isOpen());
        QCOMPARE(body()->toPlainText(), t.variants[0].text.body);

        store()->undoStack()->undo();
        QCOMPARE(templateRows(panel->tree()), 2);
        QVERIFY(store()->find(a));

        panel->select(a);
        whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Warranty, two years"));
            static_cast<QDialog *>(dialog)->accept();
        });
        panel->renameSelected();
        QCOMPARE(store()->find(a)->name, QStringLiteral("Warranty, two years"));
        store()->undoStack()->undo();
        QCOMPARE(store()->find(a)->name, QStringLiteral("Warranty A"));

        // Tags, and a search that finds by name, tag and text.
        panel->select(a);
        whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("electronics, two years ,"));
            static_cast<QDialog *>(dialog)->accept();
        });
        panel->editTagsOfSelected();
        QCOMPARE(store()->find(a)->tags, (QStringList{"electronics", "two years"}));
        panel->searchField()->setText(QStringLiteral("ELECTRONICS"));
        QCOMPARE(templateRows(panel->tree()), 1);
        panel->searchField()->setText(QStringLiteral("warranty b"));
        QCOMPARE(templateRows(panel->tree()), 1);
        panel->searchField()->setText(QStringLiteral("no such words anywhere"));
        QCOMPARE(templateRows(panel->tree()), 0);
    }

    void aDamagedLibraryIsRecoveredAndTheUserTold()
    {
        order()->setReason(QStringLiteral("send-invoice"));
        acceptNextDialog();
        m_window->newTemplate();
        QVERIFY(m_window->templateSession()->isOpen());
        cleanup();   // closing snapshots the library
        const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(20000, '\x01'));
        file.close();

        QString told;
        answerMessageBox(QMessageBox::Ok, &told);
        openWindow();
        QVERIFY(QTest::qWaitFor([&] { return !told.isEmpty(); }, 5000));
        // The truth: which file, that it was restored, from when, and what the copy lacks.
        QVERIFY2(told.contains(QDir::toNativeSeparators(path)) && told.contains(QStringLiteral("was restored"))
                     && told.contains(QStringLiteral("minute")) && told.contains(QStringLiteral("missing")),
                 qPrintable(told));
        QCOMPARE(store()->templates().size(), 1);
        QCOMPARE(templateRows(m_window->libraryPanel()->tree()), 1);
    }

    void translatingIsPictured()
    {
        m_window->resize(1480, 860);
        order()->setReason(QStringLiteral("reply-order-status"));
        order()->setLanguage(QStringLiteral("en"));
        acceptNextDialog();
        m_window->newTemplate();
        whenDialogOpens([](QWidget *dialog) {
            // From a copy of the source, as a translator starts.
            dialog->findChildren<QRadioButton *>().last()->setChecked(true);
            static_cast<QDialog *>(dialog)->accept();
        });
        m_window->addLanguage(QStringLiteral("fr"));
        fillOrder(QStringLiteral("404-1234567-1234567"), {{"buyer_name", "Claire Martin"}, {"carrier", "Colissimo"}});
        QVERIFY(settle());
        // Still English text in a French variant: the checker says so.
        QCOMPARE(only(m_window->checker()->findings(), "language-mismatch").size(), 1);
        QVERIFY(m_window->grab().save(QStringLiteral(SCREENSHOT_DIR "/templates.png")));
    }
};

PERMITTED_WEB_ENGINE_TEST_MAIN(TemplateEditingTest)
#include "tst_template_editing.moc"
