#include "library_opening_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace permitted {

QString describeLibraryOpening(const LibraryOpening &opening)
{
    const QString file = QDir::toNativeSeparators(opening.path);
    switch (opening.outcome) {
    case LibraryOpening::Outcome::Opened:
    case LibraryOpening::Outcome::Created:
    case LibraryOpening::Outcome::Migrated:
        return {};
    case LibraryOpening::Outcome::Restored: {
        // Counted apart: lupdate (Qt 6.4) loops forever on a division inside translate()'s arguments.
        const int minutes = int(opening.snapshotTime.secsTo(QDateTime::currentDateTime()) / 60);
        const int hours = minutes / 60;
        QString age;
        if (minutes < 120)
            age = QCoreApplication::translate("LibraryOpening", "%n minute(s) ago", nullptr, minutes);
        else
            age = QCoreApplication::translate("LibraryOpening", "%n hour(s) ago", nullptr, hours);
        QString where;
        if (opening.movedAsidePath.isEmpty())
            where = QCoreApplication::translate("LibraryOpening", "The file was missing.");
        else
            where = QCoreApplication::translate("LibraryOpening", "It was set aside as %1.").arg(QDir::toNativeSeparators(opening.movedAsidePath));
        const QString what = QCoreApplication::translate("LibraryOpening", "Your template library %1 could not be used (%2).");
        const QString copy = QCoreApplication::translate("LibraryOpening", "The copy taken on %1 (%2) was restored: templates and "
                                                                           "changes made after that time are missing from it.");
        return what.arg(file, opening.problem) + QStringLiteral("\n\n") + where + QLatin1Char(' ')
               + copy.arg(QLocale().toString(opening.snapshotTime, QLocale::ShortFormat), age);
    }
    case LibraryOpening::Outcome::Replaced:
        return QCoreApplication::translate("LibraryOpening", "Your template library %1 could not be used (%2), and no good copy of it "
                                                             "existed. It was set aside as %3, and a new, empty library was started.")
            .arg(file, opening.problem, QDir::toNativeSeparators(opening.movedAsidePath));
    case LibraryOpening::Outcome::Unusable:
        return QCoreApplication::translate("LibraryOpening", "Your template library %1 could not be opened: %2. It was left as it is; "
                                                             "templates cannot be saved in this session.")
            .arg(file, opening.problem);
    }
    return {};
}

} // namespace permitted
