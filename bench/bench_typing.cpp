// bench-typing: how typing feels in the editor with live checking on, against a plain QTextEdit.
//
// 300 characters are typed into the middle of a 5,000-character message, one key every
// `--interval` ms (30 by default: a very fast typist), first in the real editor window (checking,
// underlines, problems panel, preview), then in a bare QTextEdit holding the same text. A
// keystroke's latency runs from the moment it was due to the moment the event loop is idle
// again after handling it: if the editor is still busy with an earlier result, the key waits,
// and that wait counts. Every 30 keys the typist pauses, and the preview's refresh is timed.
// Then the editor is started as a new process, several times, until its window takes keys.
//
// Run on purpose, not as a test:   build/bench/bench-typing [--interval MS] [--rounds N] [--starts N]
// Each round (5 by default) types the 300 keys into both, in turn; the figures cover every
// round, so that a p99 rests on 1,500 keys rather than on the 3 slowest of 300. The last
// line of output is one JSON object with the figures.
//
// A working day:   build/bench/bench-typing --soak MINUTES [--interval MS] [--languages en,fr,...]
// types into the editor without stop for that long (a new message every 600 keys, to a buyer of
// the next language of the list, en fr de es it by default; a pause every 30 keys), and prints
// each minute the PSS of the editor and of its preview's processes.

#include "bench_options.h"
#include "process_memory.h"
#include "realistic_message.h"
#include "editor/checked_text_edit.h"
#include "main_window.h"
#include "panels/order_panel.h"
#include "preview/preview_view.h"
#include "preview/web_engine_setup.h"
#include "detection/validator.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace permitted;

namespace {

constexpr int kKeys = 300;
constexpr int kMessageSize = 5000;
constexpr int kKeysBetweenPauses = 30;

const QString kTyped = QStringLiteral(
    "We are sorry that the parcel is late. The carrier told us it will reach you on Thursday, "
    "and you can follow it with the tracking link in your orders. If anything is missing when it "
    "arrives, reply to this message and we will send a replacement at once. Thank you for your patience. ");

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Handles everything that is pending, paints included, until the event loop would sleep.
void untilIdle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    while (dispatcher->processEvents(QEventLoop::AllEvents)) {
    }
}

// Lets the event loop run (results arrive, get shown) until `clock` reaches `ms`.
void runUntil(const QElapsedTimer &clock, double ms)
{
    const double remaining = ms - double(clock.nsecsElapsed()) / 1e6;
    if (remaining <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(std::ceil(remaining)), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Lets the event loop run until `done` holds; false after 30 s.
bool runUntil(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.hasExpired(30000))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

void press(QWidget *target, QChar c)
{
    QKeyEvent down(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QKeyEvent up(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &down);
    QApplication::sendEvent(target, &up);
}

// Types the keys into `target` at the cadence; `onPause` runs at each pause. Latencies in ms.
std::vector<double> typeInto(QTextEdit *target, int intervalMs, const std::function<void()> &onPause)
{
    QTextCursor cursor = target->textCursor();
    cursor.setPosition(target->document()->characterCount() / 2);
    target->setTextCursor(cursor);
    target->setFocus();
    untilIdle();
    std::vector<double> latencies;
    QElapsedTimer clock;
    clock.start();
    double due = 0;
    for (int i = 0; i < kKeys; ++i) {
        runUntil(clock, due);
        // The key was due at `due`; the loop only got here when it was free to take it.
        press(target, kTyped[i % kTyped.size()]);
        untilIdle();
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6 - due);
        due += intervalMs;
        if ((i + 1) % kKeysBetweenPauses == 0 && onPause) {
            onPause();
            due = double(clock.nsecsElapsed()) / 1e6 + intervalMs;
        }
    }
    return latencies;
}

// Starts the editor `runs` times; the milliseconds until its window takes keys, each run.
std::vector<double> startTimes(int runs)
{
    const QString editor = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/permitted");
    std::vector<double> out;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;   // no remembered settings or dictionary: a first start
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(editor, {QStringLiteral("--exit-when-ready")});
        // The editor says "ready" the moment its window takes keys.
        if (!p.waitForStarted() || !p.waitForReadyRead(30000)) {
            std::fprintf(stderr, "bench-typing: the editor did not start: %s\n", p.readAllStandardError().constData());
            return {};
        }
        out.push_back(double(t.nsecsElapsed()) / 1e6);
        p.waitForFinished(30000);
    }
    return out;
}

// Types into the editor for `minutes`, printing the memory of every process each minute; the
// exit status is 0, the figures are for the reader (and the last line is JSON).
int soak(MainWindow &window, const QString &message, int intervalMs, int minutes, const QStringList &languages)
{
    constexpr int kKeysPerMessage = 600;
    const qint64 self = QCoreApplication::applicationPid();
    std::printf("Typing into the editor for %d minutes, one key every %d ms, to buyers in %s; PSS in MB\n", minutes,
                intervalMs, qPrintable(languages.join(QLatin1Char(' '))));
    std::printf("%7s %10s %10s %10s %8s\n", "minute", "editor", "preview", "all", "keys");
    QJsonArray series;
    double highest = 0;
    QElapsedTimer clock;
    clock.start();
    int keys = 0;
    auto report = [&](int minute) {
        double editorMB = 0, previewMB = 0;
        for (const bench::ProcessMemory &p : bench::memoryOfProcessTree(self))
            (p.pid == self ? editorMB : previewMB) += double(p.pssKiB) / 1024;
        highest = std::max(highest, editorMB + previewMB);
        std::printf("%7d %10.1f %10.1f %10.1f %8d\n", minute, editorMB, previewMB, editorMB + previewMB, keys);
        std::fflush(stdout);
        series.append(QJsonObject{{"minute", minute}, {"editor_mb", editorMB}, {"preview_mb", previewMB}});
    };
    report(0);
    for (int minute = 1; minute <= minutes; ++minute) {
        while (clock.elapsed() < qint64(minute) * 60000) {
            if (keys % kKeysPerMessage == 0) {
                window.orderPanel()->setLanguage(languages[(keys / kKeysPerMessage) % languages.size()]);
                window.bodyEdit()->setPlainText(message);
                QTextCursor cursor = window.bodyEdit()->textCursor();
                cursor.setPosition(window.bodyEdit()->document()->characterCount() / 2);
                window.bodyEdit()->setTextCursor(cursor);
                window.bodyEdit()->setFocus();
            }
            press(window.bodyEdit(), kTyped[keys % kTyped.size()]);
            ++keys;
            untilIdle();
            if (keys % kKeysBetweenPauses == 0)
                runUntil([&] { return window.isSettled(); });
            QElapsedTimer wait;
            wait.start();
            runUntil([&] { return wait.elapsed() >= intervalMs; });
        }
        report(minute);
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{"soak_minutes", minutes}, {"highest_all_mb", highest}, {"series", series}})
                            .toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    preparePreviewEngine();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);   // the benchmark never touches the user's settings
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) { return bench::intOption(args, name, fallback); };
    const int interval = option(QStringLiteral("--interval"), 30);
    const int starts = option(QStringLiteral("--starts"), 5);
    const int rounds = std::max(1, option(QStringLiteral("--rounds"), 5));
    const int soakMinutes = option(QStringLiteral("--soak"), 0);

    QString error;
    std::shared_ptr<const Validator> validator = Validator::create(ValidatorOptions{}, &error);
    if (!validator) {
        std::fprintf(stderr, "bench-typing: %s\n", qPrintable(error));
        return 2;
    }
    const QString message = bench::realisticMessage(
        bench::benchmarkTexts(*validator->pack(QStringLiteral("en")), bench::Corpus::Sellers), kMessageSize, 1);

    // The editor, checking on, and the baseline: a bare QTextEdit of the same size and font.
    MainWindow window(validator);
    window.resize(1280, 800);
    window.show();
    if (soakMinutes > 0)
        return soak(window, message, interval, soakMinutes,
                    bench::textOption(args, QStringLiteral("--languages")).isEmpty()
                        ? QStringList{"en", "fr", "de", "es", "it"}
                        : bench::textOption(args, QStringLiteral("--languages")).split(QLatin1Char(',')));
    QTextEdit plain;
    plain.resize(window.bodyEdit()->size());
    plain.setFont(window.bodyEdit()->font());
    plain.show();

    // The preview's refresh: from the moment the message is sent to it until the page shows it.
    QElapsedTimer previewClock;
    std::vector<double> previewRefresh;
    QObject::connect(&window, &MainWindow::previewUpdateStarted, [&] { previewClock.start(); });
    QObject::connect(window.preview(), &PreviewView::refreshed, [&] {
        if (previewClock.isValid())
            previewRefresh.push_back(double(previewClock.nsecsElapsed()) / 1e6);
    });

    // Rounds alternate between the two, so that the machine's drift touches both alike.
    std::vector<double> editor, baseline, pauseToSettled;
    for (int round = 0; round < rounds; ++round) {
        window.bodyEdit()->setPlainText(message);
        if (!runUntil([&] { return window.isSettled(); }))
            return 2;
        if (round == 0)
            previewRefresh.clear();   // the first load of the page is start-up, not a refresh
        for (double ms : typeInto(window.bodyEdit(), interval, [&] {
                 QElapsedTimer t;
                 t.start();
                 runUntil([&] { return window.isSettled(); });
                 pauseToSettled.push_back(double(t.nsecsElapsed()) / 1e6);
             }))
            editor.push_back(ms);
        plain.setPlainText(message);
        for (double ms : typeInto(&plain, interval, [] { untilIdle(); }))
            baseline.push_back(ms);
    }

    const std::vector<double> startMs = startTimes(starts);

    std::printf("Typing %d characters into a %d-character message, one key every %d ms, %d rounds\n", kKeys,
                kMessageSize, interval, rounds);
    std::printf("%-22s %10s %10s %10s\n", "", "p50_ms", "p99_ms", "max_ms");
    std::printf("%-22s %10.2f %10.2f %10.2f\n", "editor", percentile(editor, 0.5), percentile(editor, 0.99), percentile(editor, 1));
    std::printf("%-22s %10.2f %10.2f %10.2f\n", "plain QTextEdit", percentile(baseline, 0.5), percentile(baseline, 0.99), percentile(baseline, 1));
    std::printf("%-22s %10.2f %10.2f %10.2f   (last key to underlines and preview)\n", "pause to all shown",
                percentile(pauseToSettled, 0.5), percentile(pauseToSettled, 0.99), percentile(pauseToSettled, 1));
    std::printf("%-22s %10.2f %10.2f %10.2f   (%d refreshes)\n", "preview refresh", percentile(previewRefresh, 0.5),
                percentile(previewRefresh, 0.99), percentile(previewRefresh, 1), int(previewRefresh.size()));
    std::printf("%-22s %10.2f %10s %10.2f   (%d starts)\n", "start to keys", percentile(startMs, 0.5), "", percentile(startMs, 1), int(startMs.size()));

    QJsonObject figures{
        {"editor_p50_ms", percentile(editor, 0.5)},
        {"editor_p99_ms", percentile(editor, 0.99)},
        {"baseline_p50_ms", percentile(baseline, 0.5)},
        {"baseline_p99_ms", percentile(baseline, 0.99)},
        {"preview_refresh_p99_ms", percentile(previewRefresh, 0.99)},
        {"start_to_keys_ms", percentile(startMs, 0.5)},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
