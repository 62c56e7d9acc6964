#pragma once
// The message as the buyer will see it: subject, order ID and body in Amazon's message column,
// at a desktop's or a phone's width, with the findings marked. The page is loaded once and then
// updated in place, so typing never reloads it, flickers or scrolls it back to the top.

#include "finding.h"

#include <QString>
#include <QWidget>

class QActionGroup;
class QAction;
class QLabel;
class QTextDocument;
class QWebEngineView;

namespace permitted {

class PreviewPage;

class PreviewView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDesktopColumnWidth = 600;   // Amazon's message column on a computer
    static constexpr int kPhoneColumnWidth = 360;     // a phone's screen

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Shows this message. Cheap to call on every change: while one update is on its way to the
    // page, later calls only replace the content that goes next.
    void showMessage(const QString &subject, const QString &orderId, const QTextDocument &body,
                     const Findings &bodyFindings);

    void setColumnWidth(int px);
    int columnWidth() const { return m_columnWidth; }

    // True when the page shows the content of the last showMessage/setColumnWidth call.
    bool isUpToDate() const;

    PreviewPage *page() const { return m_page; }
    // What the status line under the page says (a hovered or clicked link's address).
    QString statusText() const { return m_statusText; }
    // Updates sent to the page so far; with coalescing, far fewer than showMessage calls.
    int updatesSent() const { return m_updatesSent; }

signals:
    void refreshed();
    void columnWidthChanged(int px);

private:
    void loadShell();
    void onShellLoaded(bool ok);
    void sendLatest();
    void onUpdateApplied(int generation, int revision, const QString &bodyHtml, const QVariant &result);
    void showStatus(const QString &text);
    void resizeEvent(QResizeEvent *event) override;
    void updateWidthActions();
    void fitColumn();

    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_statusText;
    QAction *m_desktopAction = nullptr;
    QAction *m_phoneAction = nullptr;

    int m_columnWidth = kDesktopColumnWidth;
    QString m_subject;
    QString m_orderId;
    QString m_bodyHtml;
    // The body HTML the page holds, so that a change of subject or width does not resend it.
    QString m_pageBodyHtml;

    // Every change bumps m_revision; the page has m_pageRevision. At most one update is in
    // flight; when it lands, the newest content goes next if it changed meanwhile.
    int m_revision = 0;
    int m_pageRevision = -1;
    bool m_inFlight = false;
    int m_updatesSent = 0;
    bool m_shellReady = false;
    bool m_awaitingShell = false;
    // Bumped on each shell load, so that answers from a page that has since been reloaded
    // (after a renderer crash) are ignored.
    int m_generation = 0;
};

} // namespace permitted
