#include "preview_shell.h"

#include <QCoreApplication>

namespace permitted {

namespace {

// Only data: images, inline styles, and nothing else: no script, frame, font, connection,
// form target or base URL, whatever ends up in the column.
const char kContentSecurityPolicy[] =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'none'; base-uri 'none'";

// Amazon's message pages: 14px/20px Arial-like sans, near-black text on white, teal links.
// Chromium takes a fontconfig substitute for Arial only from its own list of metric-compatible
// fonts, so the Arial clones found on Linux are named too (Liberation Sans, Arimo, and Nimbus
// Sans, which Debian installs with Ghostscript); without them the text comes out in the much
// wider DejaVu Sans and wraps where the buyer's would not.
// The body keeps the seller's spaces and line breaks (pre-wrap), as a text message does.
const char kStyle[] = R"(
:root { --column-width: 600px; }
html { background: #f3f4f4; }
body { margin: 0; padding: 16px 0; color: #0f1111;
  font: 14px/20px Arial, "Liberation Sans", Arimo, "Nimbus Sans", "Nimbus Sans L", Helvetica, sans-serif; }
#column { box-sizing: border-box; width: var(--column-width); margin: 0 auto; padding: 20px 20px 28px;
  background: #fff; border: 1px solid #d5d9d9; border-radius: 8px; }
#header { padding-bottom: 12px; margin-bottom: 16px; border-bottom: 1px solid #e3e6e6; }
#subject { margin: 0 0 4px; font-size: 18px; line-height: 24px; font-weight: 700; overflow-wrap: anywhere; }
#subject:empty::before { content: attr(data-empty); color: #6f7373; font-weight: 400; }
#order-line { color: #565959; font-size: 13px; line-height: 18px; }
#order-line[hidden] { display: none; }
#body { white-space: pre-wrap; overflow-wrap: anywhere; }
#body ul, #body ol { margin: 0; padding-left: 24px; }
#body a { color: #007185; text-decoration: underline; }
#body img.inline-image { max-width: 100%; vertical-align: bottom; }
.image-placeholder { display: inline-block; box-sizing: border-box; max-width: 100%; overflow: hidden;
  vertical-align: bottom; padding: 6px 8px; border: 1px dashed #8d9096; border-radius: 4px;
  background: #f7f8f8; color: #565959; font-size: 12px; line-height: 16px; white-space: normal; }
.image-label { font-weight: 700; }
.image-address { overflow-wrap: anywhere; }
.finding { text-decoration-line: underline; text-decoration-style: wavy;
  text-decoration-skip-ink: none; text-underline-offset: 2px; }
.finding.error { text-decoration-color: #cc0c39; background: rgba(204, 12, 57, 0.08); }
.finding.warning { text-decoration-color: #c45500; background: rgba(196, 85, 0, 0.08); }
.finding.suggestion { text-decoration-color: #2162a1; text-decoration-style: dotted; }
)";

} // namespace

QString previewShellHtml(int columnWidth)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                .arg(QLatin1String(kContentSecurityPolicy));
    html += QStringLiteral("<style>%1</style>").arg(QLatin1String(kStyle));
    html += QStringLiteral("</head><body style=\"--column-width: %1px\">").arg(columnWidth);
    html += QStringLiteral("<div id=\"%1\"><div id=\"header\">").arg(QLatin1String(shell::kColumnId));
    html += QStringLiteral("<h1 id=\"%1\" data-empty=\"%2\"></h1>")
                .arg(QLatin1String(shell::kSubjectId), QCoreApplication::translate("permitted::PreviewShell", "(no subject)").toHtmlEscaped());
    html += QStringLiteral("<div id=\"%1\" hidden>%2 <span id=\"%3\"></span></div>")
                .arg(QLatin1String(shell::kOrderLineId), QCoreApplication::translate("permitted::PreviewShell", "Order ID:").toHtmlEscaped(),
                     QLatin1String(shell::kOrderId));
    html += QStringLiteral("</div><div id=\"%1\"></div></div></body></html>").arg(QLatin1String(shell::kBodyId));
    return html;
}

} // namespace permitted
