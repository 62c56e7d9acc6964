#pragma once
// The editor's window: the subject and the body in the middle, the order, the problems and the
// preview in docks around them, and the verdict in the status bar. It loads the rules in the
// background, so the window takes keys at once.

#include "finding.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;

namespace permitted {

class CheckedTextEdit;
class DraftSession;
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

    bool copyForSellerCentral();
    bool copyAsHtmlEmail();

signals:
    void settled();
    // The preview is being sent the current message (it says refreshed() once it shows it).
    void previewUpdateStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    void loadValidator();
    void showFindings();
    void updatePreview();
    void updateTitle();
    void activateFinding(const Finding &finding);
    bool confirmCopy();
    void checkSettled();
    void saveSettings() const;
    void restoreSettings();

    QString m_uiLanguage;
    SubjectEdit *m_subject;
    CheckedTextEdit *m_body;
    LiveChecker *m_checker;
    OrderPanel *m_order;
    ProblemsPanel *m_problems;
    PreviewView *m_preview;
    DraftSession *m_session;
    QLabel *m_verdict;
    QLabel *m_counts;
    QList<std::function<void()>> m_whenSettled;
};

} // namespace permitted
