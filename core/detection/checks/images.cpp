// image-width, insecure-image, tracking-pixel, animated-gif, image-alt, logo-link and
// product-image: the pictures of an HTML message. Each finding covers the picture's U+FFFC.
// In the text channel a picture cannot travel at all (html-in-text, checks/html_in_text.cpp).

#include "detection/checks/checks.h"
#include "detection/domain_policy.h"

#include <QRegularExpression>
#include <QUrl>

namespace permitted {
namespace {

constexpr double kMaxImageWidthPx = 0.8 * kMessageWidthPx;
constexpr double kPixelPx = 3;   // a picture this small in either direction is there to be fetched

Finding imageFinding(const CheckInput &in, const QString &rule, const Image &image)
{
    return in.finding(rule, Part::Body, {image.position, image.position + 1});
}

bool isGif(const QUrl &url, const QString &source)
{
    return source.startsWith(QLatin1String("data:image/gif"), Qt::CaseInsensitive)
           || url.path().endsWith(QLatin1String(".gif"), Qt::CaseInsensitive);
}

// Amazon's catalogue pictures live under /images/I/ on its media hosts; a file named after an
// ASIN (B0…) is a product photo too.
bool looksLikeProductPhoto(const QUrl &url, const DomainPolicy &domains)
{
    static const QRegularExpression asinFile(QStringLiteral("(?:^|/)B0[0-9A-Z]{8}[^/]*$"));
    return (domains.judge(url.host()) == HostKind::Amazon && url.path().contains(QLatin1String("/images/I/")))
           || asinFile.match(url.path()).hasMatch();
}

} // namespace

void checkImages(const CheckInput &in, Findings &out)
{
    if (in.message.channel != Channel::Html)
        return;
    for (const Image &image : in.message.formatting.images) {
        const QUrl url(image.source);
        const QString scheme = url.scheme().toLower();
        const bool tiny = (image.widthPx && *image.widthPx <= kPixelPx) || (image.heightPx && *image.heightPx <= kPixelPx);
        if (tiny || image.hidden || (!url.host().isEmpty() && in.domains.isOpenTracker(url.host()))) {
            Finding f = imageFinding(in, QStringLiteral("tracking-pixel"), image);
            f.fix = Fix{image.position, 1, {}, FixKind::ReplaceText};
            out.append(f);
            continue;   // it goes: nothing else about it matters
        }
        if (scheme != QLatin1String("https") && scheme != QLatin1String("data")) {
            Finding f = imageFinding(in, QStringLiteral("insecure-image"), image);
            if (scheme == QLatin1String("http")) {
                QUrl secure = url;
                secure.setScheme(QStringLiteral("https"));
                f.fix = Fix{image.position, 1, secure.toString(), FixKind::SetImageSource};
            } else {
                f.note = QStringLiteral("not-https");   // a file on the seller's computer, a relative path
                f.noteArgs << image.source.left(80);
            }
            out.append(f);
        }
        if (isGif(url, image.source))
            out.append(imageFinding(in, QStringLiteral("animated-gif"), image));
        if (!image.widthPx || *image.widthPx > kMaxImageWidthPx) {
            Finding f = imageFinding(in, QStringLiteral("image-width"), image);
            if (!image.widthPx) {
                f.severity = Severity::Warning;
                f.note = QStringLiteral("unknown-width");
            }
            f.fix = Fix{image.position, 1, QString::number(int(kMaxImageWidthPx)), FixKind::FitImageWidth};
            out.append(f);
        }
        if (!image.alt || image.alt->trimmed().isEmpty()) {
            Finding f = imageFinding(in, QStringLiteral("image-alt"), image);
            f.fix = Fix{image.position, 1, {}, FixKind::DescribeImage};
            out.append(f);
        }
        if (!image.linkHref.isEmpty()) {
            const QString host = QUrl(image.linkHref).host();
            if (host.isEmpty() || in.domains.judge(host) != HostKind::Amazon)
                out.append(imageFinding(in, QStringLiteral("logo-link"), image));
        }
        if (looksLikeProductPhoto(url, in.domains))
            out.append(imageFinding(in, QStringLiteral("product-image"), image));
    }
}

} // namespace permitted
