#include "library_command.h"
#include "library_json.h"
#include "template_library.h"

#include <QCoreApplication>
#include <cstdio>

namespace permitted {
namespace {

// In the interface's language, as the window and the --help text speak it.
QString text(const char *source) { return QCoreApplication::translate("LibraryCommand", source); }

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
        *why = text(QT_TRANSLATE_NOOP("LibraryCommand", "the template library %1 cannot be opened: %2")).arg(path, opening.problem);
        return nullptr;
    case LibraryOpening::Outcome::Restored:
        std::fprintf(stderr, "permitted: %s\n",
                     qPrintable(text(QT_TRANSLATE_NOOP("LibraryCommand", "warning: the template library was damaged (%1); the copy of %2 was restored"))
                                    .arg(opening.problem, opening.snapshotTime.toString(Qt::ISODate))));
        break;
    case LibraryOpening::Outcome::Replaced:
        std::fprintf(stderr, "permitted: %s\n",
                     qPrintable(text(QT_TRANSLATE_NOOP("LibraryCommand", "warning: the template library was damaged (%1) and set aside as %2; a new one was started"))
                                    .arg(opening.problem, opening.movedAsidePath)));
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
        return fail(text(QT_TRANSLATE_NOOP("LibraryCommand", "cannot write %1: %2")).arg(out, why));
    std::printf("%s\n", qPrintable(QCoreApplication::translate("LibraryCommand", "%n template(s) exported to %1", nullptr, int(templates.size())).arg(out)));
    return 0;
}

int importLibrary(const QString &libraryPath, const QString &in, bool replace)
{
    QString why;
    const auto incoming = readTemplateFile(in, &why);
    if (!incoming)
        return fail(text(QT_TRANSLATE_NOOP("LibraryCommand", "%1 cannot be imported: %2; the library was not changed")).arg(in, why));
    const auto library = openLibrary(libraryPath, &why);
    if (!library)
        return fail(why);
    ImportSummary summary;
    const ImportChoice onClash = replace ? ImportChoice::Replace : ImportChoice::KeepBoth;
    if (!library->importTemplates(*incoming, [onClash](const LibraryTemplate &, const LibraryTemplate &) { return onClash; }, &summary))
        return fail(text(QT_TRANSLATE_NOOP("LibraryCommand", "%1 cannot be imported: %2; the library was not changed")).arg(in, library->lastError()));
    std::printf("%s\n", qPrintable(text(QT_TRANSLATE_NOOP("LibraryCommand", "%1 added, %2 replaced from %3")).arg(summary.added).arg(summary.replaced).arg(in)));
    return 0;
}

} // namespace permitted
