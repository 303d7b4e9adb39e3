// SPDX-License-Identifier: Apache-2.0
// Benchmark of the run panel against the runtime used from a shell, in the
// same run, as ratios:
//  1. Run from the panel (headless) until the container's first output line
//     arrives, against "runc run" of the same bundle started from a shell.
//  2. The editor's own CPU time while charting 10 running containers at 1 s.
// Needs root and a runc that can run containers. --quick shortens row 2;
// --charts-only leaves row 1 out.
#include "median.h"

#include "run/runpanel.h"
#include "run/statschartview.h"

#include "runtime/runcbinary.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QTextStream out(stdout);

bool writeBundle(const QString &dir, const QStringList &args, const Json &resources = Json::object())
{
    const QString bin = dir + QStringLiteral("/rootfs/bin");
    QDir().mkpath(bin);
    if (!QFile::exists(bin + QStringLiteral("/busybox"))
        && !QFile::copy(QStringLiteral("/bin/busybox"), bin + QStringLiteral("/busybox")))
        return false;
    for (const char *applet : {"sh", "echo", "sleep"})
        QFile::link(QStringLiteral("busybox"), bin + QLatin1Char('/') + QLatin1String(applet));
    Json argv = Json::array();
    for (const QString &arg : args)
        argv.push_back(JsonUtil::toStd(arg));
    const Json config = {
        {"ociVersion", "1.0.2-dev"},
        {"process",
         {{"terminal", false},
          {"user", {{"uid", 0}, {"gid", 0}}},
          {"args", argv},
          {"env", {"PATH=/bin"}},
          {"cwd", "/"}}},
        {"root", {{"path", "rootfs"}, {"readonly", true}}},
        {"mounts", {{{"destination", "/proc"}, {"type", "proc"}, {"source", "proc"}}}},
        {"linux",
         {{"namespaces", {{{"type", "pid"}}, {{"type", "mount"}}, {{"type", "ipc"}}, {{"type", "uts"}}}},
          {"resources", resources}}}};
    QFile file(dir + QStringLiteral("/config.json"));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QByteArray::fromStdString(config.dump(2))) > 0;
}

void forceDelete(const QString &runc, const QString &root, const QString &id)
{
    QProcess::execute(runc, {QStringLiteral("--root"), root, QStringLiteral("delete"), QStringLiteral("--force"), id});
}

// Runs the event loop for ms, sleeping between events (processEvents with a
// time limit never waits, so it would burn the CPU being measured).
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The pause both runs start after, as a user clicks Run on a settled panel.
// The same for both matters: a runc run right after the previous
// container's delete takes about half as long as one after a pause.
constexpr int SettleMs = 300;

// "runc run" started from a shell, until its first line of output; ms.
double shellRun(const QString &runc, const QString &root, const QString &bundle, const QString &id)
{
    runEventLoop(SettleMs);
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("exec \"$@\""), QStringLiteral("sh"), runc,
                 QStringLiteral("--root"), root, QStringLiteral("run"), QStringLiteral("--bundle"), bundle, id});
    shell.closeWriteChannel();
    while (!shell.canReadLine()) {
        if (!shell.waitForReadyRead(30000))
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    shell.waitForFinished(30000);
    forceDelete(runc, root, id);
    return ms;
}

// Run from the panel, until the console shows the first line; ms.
double panelRun(const QString &runc, const QString &root, const QString &bundle, const QString &id)
{
    RunPanel panel;
    panel.setInteractive(false);
    panel.setRuntime(RuncBinary(runc, root));
    panel.setBundlePath(bundle);
    panel.setContainerId(id);
    runEventLoop(SettleMs);
    QByteArray output;
    bool gotLine = false;
    QEventLoop loop;
    QObject::connect(panel.session(), &ContainerSession::standardOutput, &loop, [&](const QByteArray &data) {
        output += data;
        gotLine = gotLine || output.contains('\n');
        if (gotLine)
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    panel.runContainer();
    if (!gotLine)
        loop.exec();
    const double ms = gotLine ? double(timer.nsecsElapsed()) / 1e6 : -1;
    panel.finishForQuit(true);
    forceDelete(runc, root, id);
    return ms;
}

double cpuSeconds(int who)
{
    rusage usage = {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Ten minutes of history, as a chart has after ten minutes of charting, so
// that each live sample is drawn next to a full window of points rather than
// the few a short run collects. Values vary like a busy container's.
void fillHistory(StatsChartView *view, double memoryLimit, double pidsLimit)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (int age = 10 * 60; age > 0; --age) {
        StatsSample sample;
        sample.time = now.addSecs(-age);
        sample.cpuPercent = 0.5 + 0.25 * (age % 7);
        sample.memoryUsed = 4.0 * 1024 * 1024 + 4096.0 * (age % 13);
        sample.memoryLimit = memoryLimit;
        sample.pidsCurrent = 1 + age % 3;
        sample.pidsLimit = pidsLimit;
        sample.blockReadRate = 512.0 * (age % 5);
        sample.blockWriteRate = 1024.0 * (age % 11);
        view->addSample(sample);
    }
}

void benchFirstLine(const QString &runc, const QString &workDir)
{
    out << "\n== Run from the panel until the first output line vs runc run from a shell (median of 7) ==\n";
    const QString bundle = workDir + QStringLiteral("/echo");
    const QString root = workDir + QStringLiteral("/state");
    if (!writeBundle(bundle, {QStringLiteral("echo"), QStringLiteral("first line")})) {
        out << "cannot write the bundle (is busybox-static installed?)\n";
        return;
    }
    std::vector<double> shell, panel;
    for (int i = 0; i < 7; ++i) {
        // Alternate, so that drift on a shared machine hits both alike.
        const double s = shellRun(runc, root, bundle, QStringLiteral("obe-bench-shell-%1").arg(i));
        const double p = panelRun(runc, root, bundle, QStringLiteral("obe-bench-panel-%1").arg(i));
        if (s < 0 || p < 0) {
            out << "a run failed; does runc run containers here?\n";
            return;
        }
        shell.push_back(s);
        panel.push_back(p);
    }
    const double ratio = median(panel) / median(shell);
    out << QStringLiteral("shell %1 ms, panel %2 ms, ratio %3  (target <= 1.10x  %4)\n")
               .arg(median(shell), 0, 'f', 1)
               .arg(median(panel), 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.1 ? QStringLiteral("ok") : QStringLiteral("MISSED"));
}

// visiblePanels of the ten are on screen; the others run in the background,
// as panels of windows that are not shown.
void benchCharting(const QString &runc, const QString &workDir, int seconds, int visiblePanels)
{
    out << QStringLiteral("\n== Editor CPU while charting 10 containers at 1 s for %1 s, %2 on screen ==\n")
               .arg(seconds)
               .arg(visiblePanels);
    const QString bundle = workDir + QStringLiteral("/sleep");
    const QString root = workDir + QStringLiteral("/state");
    // Limits, so that the limit lines are drawn too.
    const double memoryLimit = 64.0 * 1024 * 1024;
    const double pidsLimit = 32;
    const Json resources = {{"memory", {{"limit", qint64(memoryLimit)}}}, {"pids", {{"limit", qint64(pidsLimit)}}}};
    if (!writeBundle(bundle, {QStringLiteral("sleep"), QStringLiteral("600")}, resources)) {
        out << "cannot write the bundle\n";
        return;
    }
    // Ten panels as the editor shows them, each on its Statistics tab.
    std::vector<std::unique_ptr<RunPanel>> panels;
    std::vector<int> panelSamples(10, 0);
    int samples = 0;
    for (int i = 0; i < 10; ++i) {
        auto panel = std::make_unique<RunPanel>();
        panel->setInteractive(false);
        panel->setRuntime(RuncBinary(runc, root));
        panel->setBundlePath(bundle);
        panel->setContainerId(QStringLiteral("obe-bench-chart-%1-%2").arg(visiblePanels).arg(i));
        panel->showStatistics();
        panel->resize(900, 700);
        QObject::connect(panel->session(), &ContainerSession::statsSampled, panel.get(), [&samples, &panelSamples, i] {
            ++samples;
            ++panelSamples[i];
        });
        panel->runContainer(); // clears the charts, so the history comes after
        fillHistory(panel->statsView(), memoryLimit, pidsLimit);
        panel->setVisible(i < visiblePanels);
        panels.push_back(std::move(panel));
    }
    // Measure the steady state: every container started and past its first
    // ("collecting") sample. Starting ten containers takes longer on a busy
    // machine, so wait for that rather than for a fixed time.
    QElapsedTimer warmUp;
    warmUp.start();
    while (*std::min_element(panelSamples.begin(), panelSamples.end()) < 2 && warmUp.elapsed() < 60000)
        runEventLoop(100);
    if (*std::min_element(panelSamples.begin(), panelSamples.end()) < 2) {
        out << "the containers did not all stream stats; nothing measured\n";
        for (auto &panel : panels)
            panel->finishForQuit(true);
        return;
    }
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    const int samplesBefore = samples;
    QElapsedTimer timer;
    timer.start();
    runEventLoop(seconds * 1000);
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const double wall = double(timer.elapsed()) / 1000.0;
    const double percent = cpu / wall * 100.0;
    out << QStringLiteral("%1 samples charted, editor CPU %2 s in %3 s = %4 % of one core  (target <= 2 %  %5)\n")
               .arg(samples - samplesBefore)
               .arg(cpu, 0, 'f', 2)
               .arg(wall, 0, 'f', 1)
               .arg(percent, 0, 'f', 2)
               .arg(percent <= 2.0 ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    for (auto &panel : panels)
        panel->finishForQuit(true);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool chartsOnly = app.arguments().contains(QStringLiteral("--charts-only"));
    const QString runc = RuncBinary::locate(QStringLiteral("runc"));
    if (runc.isEmpty() || ::geteuid() != 0) {
        out << "needs root and runc (apt install runc); nothing measured\n";
        return 0;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    if (!chartsOnly)
        benchFirstLine(runc, dir.path());
    benchCharting(runc, dir.path(), quick ? 10 : 60, 10);
    benchCharting(runc, dir.path(), quick ? 10 : 60, 1);
    out.flush();
    return 0;
}
