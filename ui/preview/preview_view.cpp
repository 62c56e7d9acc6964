#include "preview_view.h"

#include "preview_html.h"
#include "preview_log.h"
#include "preview_page.h"
#include "preview_shell.h"

#include <QAction>
#include <QActionGroup>
#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <algorithm>

namespace permitted {

namespace {

constexpr int kMinColumnWidth = 200;
constexpr int kMaxColumnWidth = 1600;

// Fills the shell in place. It runs in the application's isolated world, which Qt WebEngine
// runs even with JavaScript off for the page (MainWorld); it shares the DOM but not the page's
// globals. The data arrives as a JSON literal, so no message text is ever part of the code.
// `body` is left out when the column's HTML has not changed (a new subject, a new width).
QString updateScript(const QJsonObject &data)
{
    static const QString code = QStringLiteral(
        "(function (m) {"
        " var d = document;"
        " d.getElementById('%1').textContent = m.subject;"
        " d.getElementById('%2').textContent = m.order;"
        " d.getElementById('%3').hidden = !m.order;"
        " d.body.style.setProperty('--column-width', m.width + 'px');"
        " if (typeof m.body === 'string') d.getElementById('%4').innerHTML = m.body;"
        " return true;"
        "})(")
        .arg(QLatin1String(shell::kSubjectId), QLatin1String(shell::kOrderId),
             QLatin1String(shell::kOrderLineId), QLatin1String(shell::kBodyId));
    return code + QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)) + QLatin1Char(')');
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *title = new QLabel(tr("Preview"), toolbar);
    title->setContentsMargins(6, 0, 6, 0);
    toolbar->addWidget(title);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);

    auto *widths = new QActionGroup(this);
    m_desktopAction = toolbar->addAction(tr("Desktop"));
    m_desktopAction->setToolTip(tr("Amazon's message column on a computer (%1 px)").arg(kDesktopColumnWidth));
    m_phoneAction = toolbar->addAction(tr("Phone"));
    m_phoneAction->setToolTip(tr("The message on a phone (%1 px)").arg(kPhoneColumnWidth));
    for (QAction *action : {m_desktopAction, m_phoneAction}) {
        action->setCheckable(true);
        widths->addAction(action);
    }
    connect(m_desktopAction, &QAction::triggered, this, [this] { setColumnWidth(kDesktopColumnWidth); });
    connect(m_phoneAction, &QAction::triggered, this, [this] { setColumnWidth(kPhoneColumnWidth); });
    updateWidthActions();

    m_view = new QWebEngineView(this);
    m_view->setAccessibleName(tr("The message as the buyer will see it"));
    m_page = new PreviewPage(m_view);
    m_view->setPage(m_page);
    // The shell's own background, so that the moment before it loads does not flash white.
    m_page->setBackgroundColor(QColor(0xf3, 0xf4, 0xf4));
    // Dropping a file or link on the preview must not load it.
    m_view->setAcceptDrops(false);
    // Copy and Select All only: the standard menu offers reload, back, "save page", "view
    // source" and "open link in new window", none of which belong in a preview.
    // Their names are ours: Qt WebEngine's catalogue has no French or Italian, and its own names
    // would stay English beside a French interface.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QAction *copy = m_page->action(QWebEnginePage::Copy);
    copy->setText(tr("&Copy"));
    QAction *selectAll = m_page->action(QWebEnginePage::SelectAll);
    selectAll->setText(tr("Select &All"));
    m_view->addAction(copy);
    m_view->addAction(selectAll);

    m_status = new QLabel(this);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setTextFormat(Qt::PlainText);
    // A long address must neither widen the panel nor change its height.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_status->setMinimumHeight(m_status->fontMetrics().height() + 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewView::onShellLoaded);
    connect(m_page, &QWebEnginePage::linkHovered, this, [this](const QString &url) {
        showStatus(url.isEmpty() ? QString() : tr("Link to %1").arg(url));
    });
    connect(m_page, &PreviewPage::linkClicked, this, [this](const QUrl &url) {
        showStatus(tr("Links do not open in the preview: %1").arg(url.toDisplayString()));
    });
    // A crashed renderer leaves a blank page: load the shell again and resend the content.
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                qCWarning(lcPreview) << "preview renderer ended:" << status << code;
                loadShell();
            });

    loadShell();
}

PreviewView::~PreviewView()
{
    // Deleting the page answers its pending update scripts, with no result. Left to ~QWidget,
    // that would happen after this object's members are gone (a QPointer to it is cleared only
    // in ~QObject, later still); so the page goes now, and its answers are made stale first.
    ++m_generation;
    delete m_view;   // and the page, its child
}

void PreviewView::loadShell()
{
    ++m_generation;
    m_shellReady = false;
    m_inFlight = false;
    m_awaitingShell = true;
    m_pageBodyHtml.clear();
    m_pageRevision = -1;
    m_page->loadShell(previewShellHtml(m_columnWidth));
}

void PreviewView::onShellLoaded(bool ok)
{
    if (!m_awaitingShell)
        return;
    if (!ok) {
        qCWarning(lcPreview) << "the preview page did not load";
        return;
    }
    m_awaitingShell = false;
    m_shellReady = true;
    sendLatest();
}

void PreviewView::showMessage(const QString &subject, const QString &orderId, const QTextDocument &body,
                              const Findings &bodyFindings)
{
    m_subject = subject;
    m_orderId = orderId;
    m_bodyHtml = previewBodyHtml(body, bodyFindings);
    ++m_revision;
    sendLatest();
}

void PreviewView::setColumnWidth(int px)
{
    px = std::clamp(px, kMinColumnWidth, kMaxColumnWidth);
    if (px == m_columnWidth) {
        updateWidthActions();
        return;
    }
    m_columnWidth = px;
    updateWidthActions();
    fitColumn();
    ++m_revision;
    sendLatest();
    emit columnWidthChanged(px);
}

bool PreviewView::isUpToDate() const
{
    return m_shellReady && !m_inFlight && m_pageRevision == m_revision;
}

void PreviewView::sendLatest()
{
    // "In progress / run again": one update at a time; whatever arrives meanwhile only moves
    // m_revision on, and the callback sends the newest content once.
    if (!m_shellReady || m_inFlight || m_pageRevision == m_revision)
        return;
    QJsonObject data{{QStringLiteral("subject"), m_subject},
                     {QStringLiteral("order"), m_orderId},
                     {QStringLiteral("width"), m_columnWidth}};
    const bool bodyChanged = m_bodyHtml != m_pageBodyHtml || m_pageRevision < 0;
    if (bodyChanged)
        data.insert(QStringLiteral("body"), m_bodyHtml);

    m_inFlight = true;
    ++m_updatesSent;
    QPointer<PreviewView> self(this);
    const int generation = m_generation, revision = m_revision;
    const QString bodyHtml = m_bodyHtml;
    m_page->runJavaScript(updateScript(data), QWebEngineScript::ApplicationWorld,
                          [self, generation, revision, bodyHtml](const QVariant &result) {
                              if (self)
                                  self->onUpdateApplied(generation, revision, bodyHtml, result);
                          });
}

void PreviewView::onUpdateApplied(int generation, int revision, const QString &bodyHtml, const QVariant &result)
{
    if (generation != m_generation)
        return;   // an answer from before the page was reloaded
    m_inFlight = false;
    if (result.toBool()) {
        m_pageRevision = revision;
        m_pageBodyHtml = bodyHtml;
    } else {
        // Not retried in a loop: the next change tries again with the whole content.
        qCWarning(lcPreview) << "the preview update did not run";
        m_pageBodyHtml.clear();
        return;
    }
    if (m_pageRevision == m_revision)
        emit refreshed();
    else
        sendLatest();
}

void PreviewView::showStatus(const QString &text)
{
    m_statusText = text;
    m_status->setText(m_status->fontMetrics().elidedText(text, Qt::ElideMiddle, m_status->contentsRect().width()));
    m_status->setToolTip(text);
}

void PreviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showStatus(m_statusText);
    fitColumn();
}

void PreviewView::fitColumn()
{
    // The column keeps Amazon's width (lines break where the buyer's do); a panel narrower
    // than that shows it scaled down whole, rather than cut by a scroll bar.
    constexpr int kScrollBarAllowance = 20;
    const double fit = double(m_view->width()) / double(m_columnWidth + kScrollBarAllowance);
    m_view->setZoomFactor(std::clamp(fit, 0.5, 1.0));
}

void PreviewView::updateWidthActions()
{
    m_desktopAction->setChecked(m_columnWidth == kDesktopColumnWidth);
    m_phoneAction->setChecked(m_columnWidth == kPhoneColumnWidth);
}

} // namespace permitted
