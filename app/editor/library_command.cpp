#include "library_command.h"
#include "library_json.h"
#include "template_library.h"

#include <cstdio>

namespace permitted {
namespace {

int fail(const QString &reason)
{
    std::fprintf(stderr, "permitted: %s\n", qPrintable(reason));
    return 2;
}

// The library, or why it cannot be used; what opening it repaired is said on standard error,
// as the window would say it.
std::unique_ptr<TemplateLibrary> openLibrary(const QString &path, QString *why)
{
    LibraryOpening opening;
    auto library = TemplateLibrary::open(path, &opening);
    switch (opening.outcome) {
    case LibraryOpening::Outcome::Unusable:
        *why = QStringLiteral("the template library %1 cannot be opened: %2").arg(path, opening.problem);
        return nullptr;
    case LibraryOpening::Outcome::Restored:
        std::fprintf(stderr, "permitted: warning: the template library was damaged (%s); the copy of %s was restored\n",
                     qPrintable(opening.problem), qPrintable(opening.snapshotTime.toString(Qt::ISODate)));
        break;
    case LibraryOpening::Outcome::Replaced:
        std::fprintf(stderr, "permitted: warning: the template library was damaged (%s) and set aside as %s; a new one was started\n",
                     qPrintable(opening.problem), qPrintable(opening.movedAsidePath));
        break;
    default:
        break;
    }
    return library;
}

} // namespace

int exportLibrary(const QString &libraryPath, const QString &out)
{
    QString why;
    const auto library = openLibrary(libraryPath, &why);
    if (!library)
        return fail(why);
    const QList<LibraryTemplate> templates = library->templates();
    if (!exportTemplates(out, templates, &why))
        return fail(QStringLiteral("cannot write %1: %2").arg(out, why));
    std::printf("%lld template(s) exported to %s\n", static_cast<long long>(templates.size()), qPrintable(out));
    return 0;
}

int importLibrary(const QString &libraryPath, const QString &in, bool replace)
{
    QString why;
    const auto incoming = readTemplateFile(in, &why);
    if (!incoming)
        return fail(QStringLiteral("%1 cannot be imported: %2; the library was not changed").arg(in, why));
    const auto library = openLibrary(libraryPath, &why);
    if (!library)
        return fail(why);
    ImportSummary summary;
    const ImportChoice onClash = replace ? ImportChoice::Replace : ImportChoice::KeepBoth;
    if (!library->importTemplates(*incoming, [onClash](const LibraryTemplate &, const LibraryTemplate &) { return onClash; }, &summary))
        return fail(QStringLiteral("%1 cannot be imported: %2; the library was not changed").arg(in, library->lastError()));
    std::printf("%d added, %d replaced from %s\n", summary.added, summary.replaced, qPrintable(in));
    return 0;
}

} // namespace permitted
