// ssh_bench: the SSH layer's speed targets, measured against a local sshd it starts itself
// (root needed, like the ssh tests). Prints the figures; it asserts nothing.
//  1. `true` on an open session vs a fresh `ssh` process per command   (target ratio <= 0.1)
//  2. 1,000,000 lines through the layer vs `ssh host seq ... >/dev/null` (target <= 1.5x)
//  3. worst lateness of a 10 ms timer while streaming those lines        (target <= 50 ms)
#include "RemoteCommand.h"
#include "ScriptedLogin.h"
#include "SshSession.h"
#include "SshTestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <libssh2.h>

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct StreamRun
{
    double ms = 0;
    qint64 lines = 0;
    double worstLatenessMs = 0; // wall clock: includes time the OS gave other processes
    double worstBusyMs = 0;     // CPU time this thread used between two ticks
    bool success = false;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// Runs command through the session while a 10 ms timer measures how late the event loop is.
StreamRun streamThroughLayer(SshSession &session, const QString &command)
{
    StreamRun run;
    QElapsedTimer tick;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(10);
    double lastCpu = threadCpuMs();
    QObject::connect(&timer, &QTimer::timeout, [&] {
        run.worstLatenessMs = std::max(run.worstLatenessMs, tick.nsecsElapsed() / 1e6 - 10.0);
        const double cpu = threadCpuMs();
        run.worstBusyMs = std::max(run.worstBusyMs, cpu - lastCpu);
        lastCpu = cpu;
        tick.restart();
    });
    QElapsedTimer clock;
    clock.start();
    RemoteCommand *remote = session.run(command);
    // The consumer counts the lines and checks their order, so the figures are the layer's.
    bool inOrder = true;
    QObject::connect(remote, &RemoteCommand::stdoutLines, [&](const QStringList &lines) {
        inOrder = inOrder && lines.first().toLongLong() == run.lines + 1;
        run.lines += lines.size();
        inOrder = inOrder && lines.last().toLongLong() == run.lines;
    });
    QSignalSpy finished(remote, &RemoteCommand::finished);
    tick.start();
    timer.start();
    finished.wait(120000);
    timer.stop();
    run.ms = clock.nsecsElapsed() / 1e6;
    run.success = remote->result().success() && inOrder;
    remote->deleteLater();
    return run;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    file.open(QIODevice::ReadOnly);
    return file.readAll().split(' ').value(0);
}

double runProcessMs(const QStringList &arguments, bool discardOutput)
{
    QProcess ssh;
    if (discardOutput)
        ssh.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    ssh.start(QStringLiteral("ssh"), arguments);
    ssh.waitForFinished(120000);
    const double ms = clock.nsecsElapsed() / 1e6;
    if (ssh.exitCode() != 0)
        std::fprintf(stderr, "ssh failed: %s\n", ssh.readAllStandardError().constData());
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SshTestServer server;
    if (!server.start({QStringLiteral("MaxStartups 100")})) {
        std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    // A user whose login shell is /bin/sh: both sides then measure SSH, not a shell's startup
    // files (root's bash on a workstation may source a slow ~/.bashrc for every command).
    const QString user = server.createUser(QStringLiteral("bench"), {}, SshTestServer::Sudo::None);
    const QString key =
        server.createKey(QStringLiteral("bench_ed25519"), QStringLiteral("ed25519"));
    server.authorize(user, key);
    const QString knownHosts = server.writeKnownHosts();
    SshSession session(server.endpoint(user, SshEndpoint::AuthMethod::Key, key));
    ScriptedLogin login(&session);
    if (!login.run()) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(login.error.message));
        return 2;
    }
    const QStringList sshArguments{QStringLiteral("-i"),
                                   key,
                                   QStringLiteral("-p"),
                                   QString::number(server.port()),
                                   QStringLiteral("-o"),
                                   QStringLiteral("UserKnownHostsFile=") + knownHosts,
                                   QStringLiteral("-o"),
                                   QStringLiteral("StrictHostKeyChecking=yes"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("BatchMode=yes"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("IdentitiesOnly=yes"),
                                   QStringLiteral("-F"),
                                   QStringLiteral("/dev/null"),
                                   user + QStringLiteral("@127.0.0.1")};

    std::printf("ssh_bench: libssh2 %s, OpenSSH sshd on 127.0.0.1:%u, %d CPUs\n",
                libssh2_version(0), server.port(), QThread::idealThreadCount());

    // 1. `true`
    QList<double> onSession, freshProcess;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        RemoteCommand *remote = session.run(QStringLiteral("true"));
        QSignalSpy finished(remote, &RemoteCommand::finished);
        finished.wait(10000);
        onSession << clock.nsecsElapsed() / 1e6;
        remote->deleteLater();
    }
    for (int i = 0; i < 20; ++i)
        freshProcess << runProcessMs(sshArguments + QStringList{QStringLiteral("true")}, false);
    const double trueRatio = median(onSession) / median(freshProcess);
    std::printf("1. true on the open session: median %.2f ms (n=%lld)\n", median(onSession),
                qlonglong(onSession.size()));
    std::printf("   true with a fresh ssh process: median %.1f ms (n=%lld)\n", median(freshProcess),
                qlonglong(freshProcess.size()));
    std::printf("   ratio %.3f (target <= 0.1): %s\n", trueRatio,
                trueRatio <= 0.1 ? "met" : "MISSED");

    // 2. and 3. a million lines
    const QString seq = QStringLiteral("seq 1 1000000");
    QList<double> layerMs, sshMs;
    double worstLateness = 0, worstBusy = 0;
    bool allComplete = true;
    for (int i = 0; i < 5; ++i) {
        const StreamRun run = streamThroughLayer(session, seq);
        layerMs << run.ms;
        std::printf("   run %d: %.0f ms, timer lateness %.1f ms, CPU between ticks %.1f ms\n",
                    i + 1, run.ms, run.worstLatenessMs, run.worstBusyMs);
        worstLateness = std::max(worstLateness, run.worstLatenessMs);
        worstBusy = std::max(worstBusy, run.worstBusyMs);
        allComplete = allComplete && run.success && run.lines == 1000000;
        sshMs << runProcessMs(sshArguments + QStringList{seq}, true);
    }
    const double streamRatio = median(layerMs) / median(sshMs);
    std::printf("2. seq 1 1000000 through the layer (as QStringList batches): median %.0f ms "
                "(n=5, all %s)\n",
                median(layerMs), allComplete ? "complete and successful" : "NOT COMPLETE");
    std::printf("   ssh 127.0.0.1 seq 1 1000000 > /dev/null: median %.0f ms (n=5)\n",
                median(sshMs));
    std::printf("   ratio %.2f (target <= 1.5): %s\n", streamRatio,
                streamRatio <= 1.5 ? "met" : "MISSED");
    std::printf("3. worst lateness of a 10 ms timer while streaming: %.1f ms (target <= 50): %s\n",
                worstLateness, worstLateness <= 50 ? "met" : "MISSED");
    std::printf("   this thread used at most %.1f ms of CPU between two ticks; lateness beyond "
                "that is the OS running other processes (load average %s)\n",
                worstBusy, loadAverage().constData());
    return 0;
}
