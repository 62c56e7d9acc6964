#pragma once
// The editor's window: the subject and the body in the middle, the order, the problems and the
// preview in docks around them, and the verdict in the status bar. It loads the rules in the
// background, so the window takes keys at once.

#include "finding.h"
#include "message.h"

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;

namespace permitted {

class CheckedTextEdit;
class DraftRecovery;
class FindBar;
class RulesReferenceWindow;
class DraftSession;
class LibraryPanel;
class LibraryStore;
class SourcePane;
class TemplateBar;
class TemplateSession;
class LiveChecker;
class OrderPanel;
class PreviewView;
class ProblemsPanel;
class SubjectEdit;
class Validator;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `validator`: checks with it at once; null: builds one in the background.
    explicit MainWindow(std::shared_ptr<const Validator> validator = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openDraft(const QString &path);
    // What the copy actions put on the clipboard, placeholders filled: Seller Central's plain
    // text, and the HTML e-mail.
    QString sellerCentralText() const;
    QString htmlEmail() const;
    // Calls `then` once the newest check is shown everywhere (editor, problems, preview).
    void whenSettled(std::function<void()> then);
    bool isSettled() const;

    SubjectEdit *subjectEdit() const { return m_subject; }
    CheckedTextEdit *bodyEdit() const { return m_body; }
    OrderPanel *orderPanel() const { return m_order; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    PreviewView *preview() const { return m_preview; }
    LiveChecker *checker() const { return m_checker; }
    DraftSession *session() const { return m_session; }
    DraftRecovery *recovery() const { return m_recovery; }
    LibraryStore *library() const { return m_store; }
    LibraryPanel *libraryPanel() const { return m_library; }
    TemplateSession *templateSession() const { return m_templates; }
    TemplateBar *templateBar() const { return m_templateBar; }
    SourcePane *sourcePane() const { return m_source; }
    FindBar *findBar() const { return m_findBar; }
    // The text size of the subject and the body, in steps of a point; remembered.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    // Opens a library template in the editor, in the buyer's language when it has it.
    bool openTemplate(qint64 id);
    // Asks how a new template starts (`reason` chosen first, else the order's), creates and
    // opens it.
    void newTemplate(const QString &reason = QString());
    // Asks which language to add to the open template (`suggested` chosen first).
    void addLanguage(const QString &suggested = QString());

    bool copyForSellerCentral();
    bool copyAsHtmlEmail();
    // The rules reference at `ruleId` (that of the finding at the cursor when empty); null
    // while the rules are still loading.
    RulesReferenceWindow *showRulesReference(const QString &ruleId = QString());
    // Edit ▸ Preferences.
    void editPreferences();
    // Offers back the drafts of editors that did not exit cleanly, one by one. The program calls
    // it once its window shows; never in the modes that run without anyone to answer.
    void offerRecovery();

signals:
    void settled();
    // The preview is being sent the current message (it says refreshed() once it shows it).
    void previewUpdateStarted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    void openLibrary();
    void updateContext();
    void orderLanguageChanged();
    void loadValidator();
    void showFindings();
    void updatePreview();
    void updateTitle();
    void activateFinding(const Finding &finding);
    bool confirmCopy(const QHash<QString, QString> &values, Channel channel);
    // Records the copy in the order's history; why it could not, or nothing.
    QString recordCopy();
    void checkSettled();
    void saveSettings() const;
    void restoreSettings();
    // A window restored from another screen, or the first layout on a small one, fits this one.
    void fitOnScreen();

    QString m_uiLanguage;
    SubjectEdit *m_subject;
    CheckedTextEdit *m_body;
    LiveChecker *m_checker;
    OrderPanel *m_order;
    ProblemsPanel *m_problems;
    PreviewView *m_preview;
    DraftSession *m_session;
    DraftRecovery *m_recovery = nullptr;
    LibraryStore *m_store = nullptr;
    TemplateSession *m_templates = nullptr;
    TemplateBar *m_templateBar = nullptr;
    SourcePane *m_source = nullptr;
    LibraryPanel *m_library = nullptr;
    FindBar *m_findBar = nullptr;
    RulesReferenceWindow *m_reference = nullptr;
    int m_zoom = 0;
    QLabel *m_verdict;
    QLabel *m_counts;
    QList<std::function<void()>> m_whenSettled;
};

} // namespace permitted
