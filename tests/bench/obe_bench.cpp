// SPDX-License-Identifier: Apache-2.0
// Benchmarks of OCI Bundle Editor. Every figure is reported next to a
// baseline measured in the same run, as a ratio, so that the numbers mean
// the same on a fast or a slow machine.
#include "benchconfigs.h"
#include "median.h"

#include "document/arraytablemodel.h"
#include "document/specdocument.h"
#include "document/specmodel.h"
#include "editors/jsontextedit.h"
#include "inspect/inspectpage.h"
#include "inspect/rootfstotals.h"
#include "ocispec/rootfscheckcache.h"
#include "ocispec/securityreview.h"
#include "ocispec/validator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QProcess>
#include <QTimer>
#include <QTreeView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

QTextStream out(stdout);

// Wall time of one whole process, in milliseconds; -1 when it failed (an
// exit code above maxExitCode).
double timeProcess(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                   int maxExitCode = 1)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() > maxExitCode)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(int runs, const std::function<double(int)> &sample)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const double value = sample(i);
        if (value < 0)
            return -1;
        samples.push_back(value);
    }
    return median(samples);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

void benchCommandLine(const QString &workDir, bool quick)
{
    out << "\n== oci-bundle-editor set DIR /hostname '\"x\"' vs jq . FILE (whole process, median) ==\n";
    if (QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty()) {
        out << "jq is not installed: apt-get install jq\n";
        return;
    }
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("mounts"), 8)
               .arg(QStringLiteral("editor ms"), 10)
               .arg(QStringLiteral("jq ms"), 10)
               .arg(QStringLiteral("ratio"), 8)
               .arg(QStringLiteral("target"));
    double editor10k = -1;
    for (int mounts : {1000, 10000, 100000}) {
        const QString dir = workDir + QStringLiteral("/cli-%1").arg(mounts);
        const QString file = BenchConfigs::writeBundle(dir, BenchConfigs::withMounts(mounts, 2000));
        const int runs = quick ? 5 : (mounts >= 100000 ? 5 : 15);
        // Alternate the two, so that drift on a shared machine hits both alike.
        std::vector<double> editorRuns, jqRuns;
        for (int i = 0; i < runs; ++i) {
            const QString value = i % 2 ? QStringLiteral("\"x\"") : QStringLiteral("\"y\"");
            editorRuns.push_back(timeProcess(QStringLiteral(OBE_EDITOR),
                                             {QStringLiteral("set"), dir, QStringLiteral("/hostname"), value}));
            jqRuns.push_back(timeProcess(QStringLiteral("jq"), {QStringLiteral("."), file}));
        }
        const auto failed = [](const std::vector<double> &samples) {
            return std::any_of(samples.begin(), samples.end(), [](double ms) { return ms < 0; });
        };
        const double editor = failed(editorRuns) ? -1 : median(editorRuns);
        const double jq = failed(jqRuns) ? -1 : median(jqRuns);
        if (editor < 0 || jq < 0) {
            out << QStringLiteral("%1  a run failed\n").arg(mounts, 8);
            continue;
        }
        const double ratio = editor / jq;
        QString target = QStringLiteral("-");
        if (mounts == 10000) {
            editor10k = editor;
            target = QStringLiteral("<= 0.50x  %1").arg(verdict(ratio <= 0.5));
        }
        out << QStringLiteral("%1 %2 %3 %4x  %5\n")
                   .arg(mounts, 8)
                   .arg(editor, 10, 'f', 1)
                   .arg(jq, 10, 'f', 1)
                   .arg(ratio, 7, 'f', 2)
                   .arg(target);
        if (mounts == 100000 && editor10k > 0) {
            const double scaling = editor / editor10k;
            out << QStringLiteral("scaling: 100k mounts take %1x the time of 10k  (target <= 12x  %2)\n")
                       .arg(scaling, 0, 'f', 1)
                       .arg(verdict(scaling <= 12));
        }
        out.flush();
    }
}

void benchEditAndValidate(const QString &workDir, bool quick)
{
    out << "\n== one field edit through the model + full revalidation (median, in process) ==\n";
    auto measure = [&](int mounts, int devices) {
        const QString dir = workDir + QStringLiteral("/edit-%1").arg(mounts);
        BenchConfigs::writeBundle(dir, BenchConfigs::withMounts(mounts, devices));
        SpecDocument document;
        if (!document.load(dir))
            return -1.0;
        // The views the editor keeps open over the document.
        SpecModel tree(&document);
        ArrayTableModel table(&document, JsonPointer("/mounts"),
                              {{QStringLiteral("Destination"), "destination", ArrayTableModel::Kind::Text, false}});
        const QModelIndex cell = table.index(mounts / 2, 0);
        return medianOf(quick ? 5 : 31, [&](int i) {
            QElapsedTimer timer;
            timer.start();
            table.setData(cell, QStringLiteral("/edited/%1").arg(i));
            const QList<Finding> findings = Validator::validate(document.root());
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            return findings.size() >= 0 ? ms : -1.0;
        });
    };
    const double tiny = measure(7, 0);
    const double large = measure(10000, 2000);
    out << QStringLiteral(
               "runc-sized config: %1 ms;  10,000 mounts + 2,000 devices: %2 ms  (%3x; target < 16 ms  %4)\n")
               .arg(tiny, 0, 'f', 3)
               .arg(large, 0, 'f', 2)
               .arg(large / tiny, 0, 'f', 0)
               .arg(verdict(large < 16));
}

void benchValidationScaling(bool quick)
{
    out << "\n== validation time against document size (median, in process) ==\n";
    auto measure = [&](int mounts) {
        const Json config = BenchConfigs::withMounts(mounts, 0);
        return medianOf(quick ? 3 : 11, [&](int) {
            QElapsedTimer timer;
            timer.start();
            const QList<Finding> findings = Validator::validate(config);
            return findings.size() >= 0 ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
        });
    };
    const double small = measure(1000);
    const double large = measure(10000);
    const double ratio = large / small;
    out << QStringLiteral("1,000 mounts: %1 ms;  10,000 mounts: %2 ms  (%3x for 10x the mounts; linear is ~10x, "
                          "target < 100x  %4)\n")
               .arg(small, 0, 'f', 2)
               .arg(large, 0, 'f', 2)
               .arg(ratio, 0, 'f', 1)
               .arg(verdict(ratio < 100));
}

// Every read-write bind is a finding, so the review's findings grow with the
// document too.
void benchSecurityReviewScaling(bool quick)
{
    out << "\n== security review of read-write binds against their number (median, in process) ==\n";
    auto measure = [&](int mounts) {
        Json config = BenchConfigs::withMounts(1, 0);
        for (int i = 0; i < mounts; ++i) {
            config["mounts"].push_back({{"destination", "/data/" + std::to_string(i)},
                                        {"type", "bind"},
                                        {"source", "/srv/" + std::to_string(i)},
                                        {"options", Json::array({"rbind", "rw"})}});
        }
        return medianOf(quick ? 3 : 11, [&](int) {
            QElapsedTimer timer;
            timer.start();
            const qsizetype found = SecurityReview::run(config).size();
            return found >= mounts ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
        });
    };
    const double small = measure(2000);
    const double large = measure(20000);
    if (small < 0 || large < 0) {
        out << "the review missed read-write binds\n";
        return;
    }
    const double ratio = large / small;
    out << QStringLiteral("2,000 binds: %1 ms;  20,000 binds: %2 ms  (%3x for 10x the binds; linear is ~10x, "
                          "target < 30x  %4)\n")
               .arg(small, 0, 'f', 2)
               .arg(large, 0, 'f', 2)
               .arg(ratio, 0, 'f', 1)
               .arg(verdict(ratio < 30));
}

// The window's worker: the bundle checks of 10,000 mounts on a busybox root
// filesystem, read afresh and then from the cache, against the document
// checks of the same configuration.
void benchBundleChecks(const QString &workDir, bool quick)
{
    out << "\n== bundle and root filesystem checks of 10,000 mounts, read and cached (median, worker thread's work) "
           "==\n";
    const QString dir = workDir + QStringLiteral("/rootfs-checks");
    const Json config = BenchConfigs::withMounts(10000, 2000);
    BenchConfigs::writeBundle(dir, config);
    const QDir rootfs(dir + QStringLiteral("/rootfs"));
    if (!rootfs.mkpath(QStringLiteral("bin")) || !rootfs.mkpath(QStringLiteral("data"))
        || !QFile::copy(QStringLiteral("/bin/busybox"), rootfs.filePath(QStringLiteral("bin/busybox")))
        || !QFile::link(QStringLiteral("busybox"), rootfs.filePath(QStringLiteral("bin/sh")))) {
        out << "needs /bin/busybox (busybox-static)\n";
        return;
    }
    const int runs = quick ? 3 : 11;
    const Validator validator;
    const double document = medianOf(runs, [&](int) {
        QElapsedTimer timer;
        timer.start();
        const QList<Finding> findings = validator.checkDocument(config);
        return findings.size() >= 0 ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
    });
    ValidationContext context;
    context.bundleDirectory = dir;
    const auto bundle = [&] {
        QElapsedTimer timer;
        timer.start();
        const QList<Finding> findings = validator.checkBundle(config, context);
        return findings.size() >= 0 ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
    };
    const double read = medianOf(runs, [&](int) {
        context.rootfsCache = std::make_shared<RootfsCheckCache>();
        return bundle();
    });
    bundle(); // fills the last cache
    const double cached = medianOf(runs, [&](int) { return bundle(); });
    const double ratio = cached / read;
    out << QStringLiteral(
               "document checks: %1 ms;  bundle checks read: %2 ms, cached: %3 ms  (%4x; target <= 0.5x  %5)\n")
               .arg(document, 0, 'f', 1)
               .arg(read, 0, 'f', 1)
               .arg(cached, 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(verdict(ratio <= 0.5 && context.rootfsCache->hits() >= runs));
}

// `set` with a pointer of 60,000 tokens against one of 6,000. Both are
// refused (a config nests at most 512 deep) after reading the whole pointer:
// what grows is the pointer's share of the run, measured over a two-token
// `set` that is refused too (it leads through a string).
void benchLongPointer(const QString &workDir, bool quick)
{
    out << "\n== set DIR /ociVersion/a/.../a 1 with 60,000 tokens vs 6,000, over a two-token one (whole process, "
           "fastest run) ==\n";
    const QString dir = workDir + QStringLiteral("/pointer");
    BenchConfigs::writeBundle(dir, BenchConfigs::withMounts(7, 0));
    auto measure = [&](int tokens) {
        const QString pointer = QStringLiteral("/ociVersion") + QStringLiteral("/a").repeated(tokens);
        const auto run = [&](int) {
            return timeProcess(QStringLiteral(OBE_EDITOR), {QStringLiteral("set"), dir, pointer, QStringLiteral("1")},
                               QProcessEnvironment::systemEnvironment(), 2);
        };
        // The extra time of 6,000 tokens is a few milliseconds, as much as a
        // process start's jitter: the fastest run is the work itself, since
        // noise only ever adds. A first run that still loads the program
        // from disk is not counted.
        run(0);
        double fastest = -1;
        for (int i = 0; i < (quick ? 9 : 21); ++i) {
            const double time = run(i);
            if (time < 0)
                return -1.0;
            fastest = fastest < 0 ? time : std::min(fastest, time);
        }
        return fastest;
    };
    const double base = measure(1);
    const double small = measure(6000);
    const double large = measure(60000);
    if (base < 0 || small < 0 || large < 0) {
        out << "a run failed\n";
        return;
    }
    const double ratio = (large - base) / qMax(small - base, 0.01);
    out << QStringLiteral("2 tokens: %1 ms;  6,000: %2 ms;  60,000: %3 ms  (%4x the extra time for 10x the tokens; "
                          "linear is ~10x, quadratic ~100x; target <= 25x  %5)\n")
               .arg(base, 0, 'f', 1)
               .arg(small, 0, 'f', 1)
               .arg(large, 0, 'f', 1)
               .arg(ratio, 0, 'f', 1)
               .arg(verdict(ratio <= 25));
}

void benchWindowStartup(const QString &workDir, bool quick)
{
    out << "\n== start until the main window has painted the Mounts tab (whole process, offscreen, median) ==\n";
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    auto measure = [&](int mounts, int devices) {
        const QString dir = workDir + QStringLiteral("/gui-%1").arg(mounts);
        BenchConfigs::writeBundle(dir, BenchConfigs::withMounts(mounts, devices));
        return medianOf(quick ? 3 : 7, [&](int) {
            return timeProcess(QStringLiteral(OBE_WINDOW_PROBE),
                               {QStringLiteral("--benchmark-paint"), QStringLiteral("/mounts"), dir}, environment);
        });
    };
    const double tiny = measure(7, 0);
    const double large = measure(10000, 2000);
    if (tiny < 0 || large < 0) {
        out << "the window probe did not run with --benchmark-paint\n";
        return;
    }
    const double ratio = large / tiny;
    out << QStringLiteral("runc-sized config: %1 ms;  10,000 mounts + 2,000 devices: %2 ms  (%3x; target <= 2x  %4)\n")
               .arg(tiny, 0, 'f', 0)
               .arg(large, 0, 'f', 0)
               .arg(ratio, 0, 'f', 2)
               .arg(verdict(ratio <= 2));
}

// One keystroke in a value of the JSON text on a 10,000-mount document:
// from the key event until the text is parsed, the edit is on the undo
// stack, the text shows what Save writes and the changed line is
// highlighted (the pause before parsing is left out: it is no work). The
// baseline is parsing the same text once, the least a cycle that read the
// whole text again would cost.
void benchJsonTyping(bool quick)
{
    out << "\n== JSON text: a keystroke in a value until parsed, applied and highlighted, 10,000 mounts, over one "
           "parse of the file (median) ==\n";
    SpecDocument document;
    document.setRoot(BenchConfigs::withMounts(10000, 0), JsonFormat::runcSpec());
    JsonTextEdit edit(&document);
    edit.resize(1024, 700);
    edit.show();
    QCoreApplication::processEvents();
    const int runs = quick ? 5 : 15;
    const QByteArray text = document.toJson();
    const double parse = medianOf(runs, [&](int) {
        QElapsedTimer timer;
        timer.start();
        const Json parsed = Json::parse(text.begin(), text.end());
        return parsed.is_object() ? double(timer.nsecsElapsed()) / 1e6 : -1;
    });
    const int at = int(edit.toPlainText().indexOf(QLatin1String("\"hostname\": \"")) + 13);
    const double typing = medianOf(runs, [&](int) {
        QTextCursor cursor = edit.textCursor();
        cursor.setPosition(at);
        edit.setTextCursor(cursor);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::sendEvent(&edit, &press);
        edit.applyTypedText();
        QCoreApplication::processEvents();
        return double(timer.nsecsElapsed()) / 1e6;
    });
    const Json *hostname = document.value(JsonPointer("/hostname"));
    if (!hostname || hostname->get<std::string>().size() != size_t(5 + runs)) {
        out << "the typed keys did not reach the document\n";
        return;
    }
    const double ratio = typing / parse;
    out << QStringLiteral("one parse: %1 ms;  keystroke to highlighted: %2 ms  (%3x; target <= 6x  %4)\n")
               .arg(parse, 0, 'f', 1)
               .arg(typing, 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(verdict(ratio <= 6));
}

// Inspect mode on a root filesystem of 100,000 files (100 folders of 1,000):
// from showing the page until its tree has rows, and until the count of
// files, folders and bytes is done, against find -printf '%s\n' walking the
// same tree. While the count runs, a 10 ms timer on the window's thread
// measures the longest the window could not answer.
void benchInspectLargeTree(const QString &workDir, bool quick)
{
    out << "\n== Inspect: 100,000-file root filesystem, first rows and the whole count, over find -printf '%s\\n' "
           "(median) ==\n";
    const QString bundle = workDir + QStringLiteral("/inspect");
    const QString rootfs = bundle + QStringLiteral("/rootfs");
    constexpr int Folders = 100;
    constexpr int FilesPerFolder = 1000;
    for (int folder = 0; folder < Folders; ++folder) {
        const QString path = rootfs + QStringLiteral("/d%1").arg(folder, 3, 10, QLatin1Char('0'));
        if (!QDir().mkpath(path)) {
            out << "cannot create the tree\n";
            return;
        }
        for (int file = 0; file < FilesPerFolder; ++file) {
            QFile f(path + QStringLiteral("/f%1").arg(file));
            if (!f.open(QIODevice::WriteOnly) || f.write("0123456789") != 10) {
                out << "cannot create the tree\n";
                return;
            }
        }
    }
    BenchConfigs::writeBundle(bundle, Json::parse(R"({"ociVersion": "1.2.0", "root": {"path": "rootfs"}})"));
    const int runs = quick ? 3 : 7;
    std::vector<double> firstRuns, totalRuns, stallRuns, findRuns;
    for (int i = 0; i < runs; ++i) {
        findRuns.push_back(
            timeProcess(QStringLiteral("find"), {rootfs, QStringLiteral("-printf"), QStringLiteral("%s\n")}));
        SpecDocument document;
        if (!document.load(bundle)) {
            out << "cannot load the bundle\n";
            return;
        }
        InspectPage page(&document);
        page.resize(1024, 700);
        QElapsedTimer timer;
        double longestStall = 0;
        qint64 lastTick = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = timer.nsecsElapsed();
            longestStall = std::max(longestStall, double(now - lastTick) / 1e6);
            lastTick = now;
        });
        bool finished = false;
        QObject::connect(page.totals(), &RootfsTotals::finished, &ticker, [&] { finished = true; });
        timer.start();
        ticker.start();
        page.show();
        while (page.view()->model()->rowCount() == 0 && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double first = double(timer.nsecsElapsed()) / 1e6;
        while (!finished && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!finished) {
            out << "the count did not finish\n";
            return;
        }
        const double total = double(timer.nsecsElapsed()) / 1e6;
        if (page.view()->model()->rowCount() != Folders || page.totals()->counts().files != Folders * FilesPerFolder) {
            out << "the tree or the count is wrong\n";
            return;
        }
        firstRuns.push_back(first);
        totalRuns.push_back(total);
        stallRuns.push_back(longestStall);
    }
    if (std::any_of(findRuns.begin(), findRuns.end(), [](double ms) { return ms < 0; })) {
        out << "find did not run\n";
        return;
    }
    const double find = median(findRuns);
    const double first = median(firstRuns);
    const double total = median(totalRuns);
    const double stall = median(stallRuns);
    out << QStringLiteral("find: %1 ms;  first rows: %2 ms  (%3x; target <= 0.10x  %4)\n")
               .arg(find, 0, 'f', 1)
               .arg(first, 0, 'f', 1)
               .arg(first / find, 0, 'f', 3)
               .arg(verdict(first / find <= 0.1));
    out << QStringLiteral("whole count: %1 ms  (%2x; target <= 3x  %3)\n")
               .arg(total, 0, 'f', 1)
               .arg(total / find, 0, 'f', 2)
               .arg(verdict(total / find <= 3));
    out << QStringLiteral("longest the window waited during the count: %1 ms  (%2x find; target <= 0.25x  %3)\n")
               .arg(stall, 0, 'f', 1)
               .arg(stall / find, 0, 'f', 3)
               .arg(verdict(stall / find <= 0.25));
}

} // namespace

int main(int argc, char *argv[])
{
    // The JSON text row needs widgets, never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    QTemporaryDir workDir;
    if (!workDir.isValid()) {
        fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    out << "OCI Bundle Editor benchmarks" << (quick ? " (quick)" : "") << "\n";
    benchCommandLine(workDir.path(), quick);
    benchEditAndValidate(workDir.path(), quick);
    benchValidationScaling(quick);
    benchSecurityReviewScaling(quick);
    benchBundleChecks(workDir.path(), quick);
    benchLongPointer(workDir.path(), quick);
    benchWindowStartup(workDir.path(), quick);
    benchJsonTyping(quick);
    benchInspectLargeTree(workDir.path(), quick);
    out.flush();
    return 0;
}
