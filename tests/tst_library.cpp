// The user's template library: every change kept, deletion undone, a damaged file recovered
// from the snapshot, an older layout migrated, export and import, and the copy history.

#include "library_json.h"
#include "library_schema.h"
#include "template_library.h"
#include "templates/source_changes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace permitted;

namespace {

LibraryTemplate sample(const QString &name, const QString &reason = QStringLiteral("unexpected-problem"))
{
    LibraryTemplate t;
    t.name = name;
    t.reason = reason;
    t.sourceLanguage = QStringLiteral("en");
    t.tags = {QStringLiteral("delays")};
    t.variants = {{QStringLiteral("en"), {QStringLiteral("Order {{order_id}}"), QStringLiteral("Hello {{buyer_name}},\nA delay.")},
                   TranslationStatus::Done, {}, {}},
                  {QStringLiteral("fr"), {QStringLiteral("Commande {{order_id}}"), QStringLiteral("Bonjour {{buyer_name}},\nUn retard.")},
                   TranslationStatus::Done, {}, {}}};
    return t;
}

QStringList names(const TemplateLibrary &library)
{
    QStringList list;
    for (const LibraryTemplate &t : library.templates())
        list << t.name;
    return list;
}

std::unique_ptr<TemplateLibrary> openOk(const QString &path, LibraryOpening::Outcome expected)
{
    LibraryOpening opening;
    auto library = TemplateLibrary::open(path, &opening);
    if (!library || opening.outcome != expected)
        qWarning("opening %s: outcome %d, expected %d: %s", qPrintable(path), int(opening.outcome), int(expected),
                 qPrintable(opening.problem));
    return opening.outcome == expected ? std::move(library) : nullptr;
}

// A library with `count` templates, closed (which takes a snapshot).
void makeLibrary(const QString &path, int count)
{
    auto library = openOk(path, LibraryOpening::Outcome::Created);
    for (int i = 0; i < count; ++i)
        library->create(sample(QStringLiteral("Template %1").arg(i)));
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class LibraryTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("library.sqlite")); }

private slots:
    void init() { QDir(dir.path()).removeRecursively(); QDir().mkpath(dir.path()); }

    void createEditDeleteAndUndo()
    {
        qint64 id = 0;
        {
            auto library = openOk(path(), LibraryOpening::Outcome::Created);
            QVERIFY(library);
            id = library->create(sample(QStringLiteral("Delay notice")));
            QVERIFY2(id > 0, qPrintable(library->lastError()));
            QVERIFY(library->rename(id, QStringLiteral("Shipping delay")));
            QVERIFY(library->setTags(id, {QStringLiteral("delays"), QStringLiteral("winter")}));
            QVERIFY(library->saveText(id, QStringLiteral("en"), {QStringLiteral("Order {{order_id}}"), QStringLiteral("Hello,\nA short delay.")}));
            QVERIFY(library->remove(id));
            QVERIFY(library->templates().isEmpty());
            QVERIFY(library->restore(id));
            QCOMPARE(names(*library), QStringList{QStringLiteral("Shipping delay")});
        }
        // Every change was saved at once: a new start finds it all.
        auto library = openOk(path(), LibraryOpening::Outcome::Opened);
        QVERIFY(library);
        const auto t = library->find(id);
        QVERIFY(t);
        QCOMPARE(t->name, QStringLiteral("Shipping delay"));
        QCOMPARE(t->tags, (QStringList{"delays", "winter"}));
        QCOMPARE(t->variant(QStringLiteral("en"))->text.body, QStringLiteral("Hello,\nA short delay."));
        QVERIFY(t->updated >= t->created);
        // A deletion not undone before the library is closed is final.
        QVERIFY(library->remove(id));
        library.reset();
        library = openOk(path(), LibraryOpening::Outcome::Opened);
        QVERIFY(!library->restore(id) || library->templates().isEmpty());
    }

    void aChangedSourceAsksForTheTranslationsToBeReviewed()
    {
        auto library = openOk(path(), LibraryOpening::Outcome::Created);
        const qint64 id = library->create(sample(QStringLiteral("Delay")));
        QCOMPARE(library->find(id)->status(QStringLiteral("fr")), TranslationStatus::Done);
        QCOMPARE(library->find(id)->status(QStringLiteral("de")), TranslationStatus::Missing);
        // Editing the translation leaves it done; editing the source does not.
        QVERIFY(library->saveText(id, QStringLiteral("fr"), {QStringLiteral("Commande {{order_id}}"), QStringLiteral("Bonjour,\nUn petit retard.")}));
        QCOMPARE(library->find(id)->status(QStringLiteral("fr")), TranslationStatus::Done);
        QVERIFY(library->saveText(id, QStringLiteral("en"), {QStringLiteral("Order {{order_id}}"), QStringLiteral("Hello,\nA longer delay.")}));
        QCOMPARE(library->find(id)->status(QStringLiteral("fr")), TranslationStatus::NeedsReview);
        QCOMPARE(library->find(id)->status(QStringLiteral("en")), TranslationStatus::Done);
        // The French was reviewed against the source before this change: the change shows.
        const TemplateText now = library->find(id)->variant(QStringLiteral("en"))->text;
        const auto reviewed = library->find(id)->variant(QStringLiteral("fr"))->reviewedSource;
        QVERIFY(reviewed);
        const QList<Range> changed = changedSentences(reviewed->body, now.body, QStringLiteral("en"));
        QStringList changedText;
        for (const Range &r : changed)
            changedText << now.body.mid(r.start, r.length());
        QCOMPARE(changedText, (QStringList{"Hello,", "A longer delay."}));
        QVERIFY(library->setStatus(id, QStringLiteral("fr"), TranslationStatus::Done));
        QCOMPARE(library->find(id)->status(QStringLiteral("fr")), TranslationStatus::Done);
        QCOMPARE(*library->find(id)->variant(QStringLiteral("fr"))->reviewedSource, now);
        QVERIFY(library->addLanguage(id, QStringLiteral("de"), {QStringLiteral("Bestellung {{order_id}}"), QStringLiteral("Guten Tag,")},
                                     TranslationStatus::NeedsReview));
        QCOMPARE(library->find(id)->status(QStringLiteral("de")), TranslationStatus::NeedsReview);
        // The source language cannot be removed; a translation can.
        QVERIFY(library->removeLanguage(id, QStringLiteral("en")));
        QVERIFY(library->find(id)->variant(QStringLiteral("en")));
        QVERIFY(library->removeLanguage(id, QStringLiteral("de")));
        QVERIFY(!library->find(id)->variant(QStringLiteral("de")));
    }

    void aDamagedFileIsSetAsideAndTheSnapshotRestored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("missing") << "missing";
    }
    void aDamagedFileIsSetAsideAndTheSnapshotRestored()
    {
        QFETCH(QString, damage);
        {
            auto library = openOk(path(), LibraryOpening::Outcome::Created);
            for (int i = 0; i < 40; ++i)
                QVERIFY(library->create(sample(QStringLiteral("Template %1").arg(i))));
        }   // closing takes a snapshot of the last changes
        const QByteArray good = [&] { QFile f(path()); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(good.size() > 8192);
        if (damage == QLatin1String("truncated"))
            overwrite(path(), good.left(good.size() / 2));
        else if (damage == QLatin1String("garbage"))
            overwrite(path(), QByteArray(good.size(), '\x5a'));
        else
            QVERIFY(QFile::remove(path()));

        LibraryOpening opening;
        auto library = TemplateLibrary::open(path(), &opening);
        QVERIFY(library);
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Restored));
        QVERIFY(!opening.problem.isEmpty());
        QCOMPARE(library->templates().size(), 40);
        if (damage != QLatin1String("missing")) {
            // The damaged file is kept, not deleted: someone may still want it.
            QVERIFY(QFile::exists(opening.movedAsidePath));
            QCOMPARE(QFileInfo(opening.movedAsidePath).size(), damage == QLatin1String("truncated") ? good.size() / 2 : good.size());
        }
        QVERIFY(library->create(sample(QStringLiteral("After the repair"))));
    }

    // A sync tool or a crash during a copy leaves a zero-length file: it is no new library.
    void aZeroLengthLibraryIsRestoredFromTheSnapshot()
    {
        makeLibrary(path(), 5);
        overwrite(path(), QByteArray());
        QFile::remove(path() + QStringLiteral("-wal"));
        LibraryOpening opening;
        auto library = TemplateLibrary::open(path(), &opening);
        QVERIFY(library);
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Restored));
        QCOMPARE(opening.problem, QStringLiteral("the file is empty"));
        QCOMPARE(opening.path, path());
        QVERIFY(opening.snapshotTime.isValid());
        QCOMPARE(library->templates().size(), 5);
        QVERIFY(QFile::exists(opening.movedAsidePath));
    }

    // An empty or damaged snapshot is passed over for an older good one; several are kept.
    void aBadSnapshotIsPassedOverForAnOlderOne()
    {
        makeLibrary(path(), 3);
        {
            auto library = openOk(path(), LibraryOpening::Outcome::Opened);
            QVERIFY(library->create(sample(QStringLiteral("Fourth"))));
        }
        const QStringList snapshots = TemplateLibrary::snapshotPaths(path());
        QVERIFY(QFile::exists(snapshots[0]) && QFile::exists(snapshots[1]));
        overwrite(snapshots[0], QByteArray());
        overwrite(path(), QByteArray(20000, '\x5a'));
        LibraryOpening opening;
        auto library = TemplateLibrary::open(path(), &opening);
        QVERIFY(library);
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Restored));
        QCOMPARE(opening.snapshotPath, snapshots[1]);
        QCOMPARE(library->templates().size(), 3);   // the older copy: the fourth is what is missing
        // The restored library's own snapshot takes the first place again; the bad one is gone.
        QVERIFY(QFileInfo(snapshots[0]).size() > 0);
    }

    // A restore that cannot finish (a full disk) changes nothing, and says so.
    void aRecoveryThatCannotFinishChangesNothing()
    {
        makeLibrary(path(), 4);
        const QByteArray garbage(30000, '\x5a');
        overwrite(path(), garbage);
        // The copy cannot be written where it goes, as on a full disk.
        QVERIFY(QDir().mkpath(path() + QStringLiteral(".restoring/blocked")));
        LibraryOpening opening;
        QVERIFY(!TemplateLibrary::open(path(), &opening));
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Unusable));
        QVERIFY2(opening.problem.contains(QStringLiteral("nothing was changed")), qPrintable(opening.problem));
        QCOMPARE(QFileInfo(path()).size(), garbage.size());   // left where it was
        QVERIFY(QDir(path() + QStringLiteral(".restoring")).removeRecursively());
        // Once there is room, the next start restores it.
        auto library = TemplateLibrary::open(path(), &opening);
        QVERIFY(library);
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Restored));
        QCOMPARE(library->templates().size(), 4);
    }

    // A library another program holds is waited for, then refused, and never moved aside.
    void aLockedLibraryIsRefusedNotMoved()
    {
        makeLibrary(path(), 2);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("UPDATE templates SET name = name")));
            LibraryOpening opening;
            QVERIFY(!TemplateLibrary::open(path(), &opening));
            QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Unusable));
            QVERIFY2(opening.problem.contains(QStringLiteral("in use by another program")), qPrintable(opening.problem));
            QVERIFY(opening.movedAsidePath.isEmpty());
            QVERIFY(QFile::exists(path()));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto library = openOk(path(), LibraryOpening::Outcome::Opened);
        QVERIFY(library);
        QCOMPARE(library->templates().size(), 2);
    }

    // Copying the whole file is most of what opening costs: an unchanged library is not copied
    // again, a changed one is.
    void theSnapshotIsTakenAgainOnlyAfterChanges()
    {
        const QString snapshot = path() + QStringLiteral(".snapshot");
        {
            auto library = openOk(path(), LibraryOpening::Outcome::Created);
            library->create(sample(QStringLiteral("Delay")));
        }
        { auto library = openOk(path(), LibraryOpening::Outcome::Opened); }
        const QDateTime taken = QFileInfo(snapshot).lastModified();
        QTest::qSleep(20);
        { auto library = openOk(path(), LibraryOpening::Outcome::Opened); }
        QCOMPARE(QFileInfo(snapshot).lastModified(), taken);
        {
            auto library = openOk(path(), LibraryOpening::Outcome::Opened);
            library->rename(library->templates().first().id, QStringLiteral("Late parcel"));
        }
        QVERIFY(QFileInfo(snapshot).lastModified() > taken);
    }

    void aDamagedFileWithoutSnapshotStartsANewLibraryAndKeepsTheOld()
    {
        overwrite(path(), QByteArray("This is not a database at all, but a text file of some length.").repeated(100));
        LibraryOpening opening;
        auto library = TemplateLibrary::open(path(), &opening);
        QVERIFY(library);
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Replaced));
        QVERIFY(QFile::exists(opening.movedAsidePath));
        QVERIFY(library->templates().isEmpty());
    }

    void anOlderLayoutIsMigratedNotReplaced()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrateLibrary(db, 1, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO templates VALUES (7, 'u-7', 'Old one', 'warranty', 'de', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO variants VALUES (7, 'de', 'Garantie', 'Guten Tag,', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        LibraryOpening opening;
        auto library = TemplateLibrary::open(path(), &opening);
        QVERIFY(library);
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Migrated));
        QCOMPARE(opening.fromVersion, 1);
        const auto old = library->find(7);
        QVERIFY(old);
        QCOMPARE(old->name, QStringLiteral("Old one"));
        QCOMPARE(old->variant(QStringLiteral("de"))->text.subject, QStringLiteral("Garantie"));
        QCOMPARE(old->status(QStringLiteral("de")), TranslationStatus::Done);
        // What version 2 added works on the migrated file.
        QVERIFY(library->setTags(7, {QStringLiteral("legal")}));
        QVERIFY(library->recordCopy({QStringLiteral("123-1234567-1234567"), QStringLiteral("warranty"), QStringLiteral("de"), {}, {}}));
    }

    void aNewerLayoutIsLeftAlone()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery(QStringLiteral("PRAGMA user_version = 9"), db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
        LibraryOpening opening;
        QVERIFY(!TemplateLibrary::open(path(), &opening));
        QCOMPARE(int(opening.outcome), int(LibraryOpening::Outcome::Unusable));
        QVERIFY(opening.problem.contains(QStringLiteral("newer version")));
        QVERIFY(QFile::exists(path()));
    }

    void exportThenImportGivesTheSameLibrary()
    {
        const QString file = dir.filePath(QStringLiteral("export.json"));
        QList<LibraryTemplate> exported;
        {
            auto library = openOk(path(), LibraryOpening::Outcome::Created);
            library->create(sample(QStringLiteral("Delay")));
            const qint64 id = library->create(sample(QStringLiteral("Refund"), QStringLiteral("courtesy-refund")));
            library->saveText(id, QStringLiteral("en"), {QStringLiteral("Refund {{order_id}}"), QStringLiteral("Hello,\nRefunded: {{refund_amount}}.")});
            exported = library->templates();
            QString error;
            QVERIFY2(exportTemplates(file, exported, &error), qPrintable(error));
        }
        QFile::remove(path());
        for (const QString &snapshot : TemplateLibrary::snapshotPaths(path()))
            QFile::remove(snapshot);
        auto library = openOk(path(), LibraryOpening::Outcome::Created);
        QString error;
        const auto read = readTemplateFile(file, &error);
        QVERIFY2(read, qPrintable(error));
        ImportSummary summary;
        QVERIFY(library->importTemplates(*read, [](auto &, auto &) { return ImportChoice::Skip; }, &summary));
        QCOMPARE(summary.added, 2);
        const QList<LibraryTemplate> imported = library->templates();
        QCOMPARE(imported.size(), exported.size());
        for (qsizetype i = 0; i < imported.size(); ++i) {
            const LibraryTemplate &a = exported[i], &b = imported[i];
            QCOMPARE(b.uuid, a.uuid);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.reason, a.reason);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.created, a.created);
            QCOMPARE(b.variants.size(), a.variants.size());
            for (qsizetype v = 0; v < a.variants.size(); ++v) {
                QCOMPARE(b.variants[v].language, a.variants[v].language);
                QVERIFY(b.variants[v].text == a.variants[v].text);
                QCOMPARE(b.variants[v].status, a.variants[v].status);
            }
        }
    }

    void anImportThatMeetsAnExistingTemplateAsks()
    {
        auto library = openOk(path(), LibraryOpening::Outcome::Created);
        const qint64 id = library->create(sample(QStringLiteral("Delay")));
        LibraryTemplate incoming = *library->find(id);
        incoming.variants[0].text.body = QStringLiteral("Hello,\nThe imported text.");
        int asked = 0;
        ImportSummary summary;
        QVERIFY(library->importTemplates({incoming}, [&](auto &, auto &) { ++asked; return ImportChoice::Skip; }, &summary));
        QCOMPARE(asked, 1);
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(library->templates().first().variants[0].text.body, QStringLiteral("Hello {{buyer_name}},\nA delay."));
        QVERIFY(library->importTemplates({incoming}, [](auto &, auto &) { return ImportChoice::KeepBoth; }, &summary));
        QCOMPARE(names(*library), (QStringList{"Delay", "Delay (2)"}));
        QVERIFY(library->importTemplates({incoming}, [](auto &, auto &) { return ImportChoice::Replace; }, &summary));
        QCOMPARE(summary.replaced, 1);
        QCOMPARE(library->templates().size(), 2);
        QCOMPARE(library->templates().first().variants[0].text.body, QStringLiteral("Hello,\nThe imported text."));
    }

    void aMalformedImportIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"permitted-library\", ") << "not valid JSON";
        QTest::newRow("another format") << QByteArray("{\"rules\": []}") << "not a Permitted template file";
        QTest::newRow("newer") << QByteArray(R"({"format": "permitted-library", "version": 3, "templates": []})") << "newer version";
        QTest::newRow("unknown reason") << QByteArray(R"({"format": "permitted-library", "version": 1, "templates": [
            {"name": "A", "reason": "warranty", "sourceLanguage": "en", "variants": [{"language": "en", "subject": "s", "body": "b"}]},
            {"name": "B", "reason": "say-hello", "sourceLanguage": "en", "variants": [{"language": "en", "subject": "s", "body": "b"}]}]})")
            << "template 2 (\"B\"): unknown contact reason";
        QTest::newRow("no source text") << QByteArray(R"({"format": "permitted-library", "version": 1, "templates": [
            {"name": "A", "reason": "warranty", "sourceLanguage": "fr", "variants": [{"language": "en", "subject": "s", "body": "b"}]}]})")
            << "no text in its source language";
        QTest::newRow("body not text") << QByteArray(R"({"format": "permitted-library", "version": 1, "templates": [
            {"name": "A", "reason": "warranty", "sourceLanguage": "en", "variants": [{"language": "en", "subject": "s", "body": 4}]}]})")
            << "lacks its subject or body";
    }
    void aMalformedImportIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto library = openOk(path(), LibraryOpening::Outcome::Created);
        library->create(sample(QStringLiteral("Delay")));
        const QByteArray before = templatesToJson(library->templates());
        QString error;
        QVERIFY(!templatesFromJson(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(templatesToJson(library->templates()), before);
    }

    void copiesAreRecordedPerOrder()
    {
        auto library = openOk(path(), LibraryOpening::Outcome::Created);
        const QString order = QStringLiteral("111-2223334-4445556");
        QVERIFY(library->history(order).isEmpty());
        QVERIFY(library->recordCopy({order, QStringLiteral("request-review"), QStringLiteral("en"), QDate(2026, 1, 2), {}}));
        QVERIFY(library->recordCopy({QStringLiteral("999-2223334-4445556"), QStringLiteral("warranty"), QStringLiteral("en"), {}, {}}));
        const QList<HistoryEntry> entries = library->history(order);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].reason, QStringLiteral("request-review"));
        QCOMPARE(entries[0].orderCompleted, std::optional<QDate>(QDate(2026, 1, 2)));
        QVERIFY(entries[0].copiedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(LibraryTest)
#include "tst_library.moc"
