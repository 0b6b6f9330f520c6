// health_bench: how long `health` takes on a healthy pair (the goal: about a second).
//   health_bench EXE SPEC KNOWN_HOSTS [RUNS]
// Measures, RUNS times each (default 10):
//  1. the command line end to end: `EXE health SPEC --json` (process start, ssh -G, SSH
//     connections, every command, HTTP, the round trip, the report);
//  2. the same check in-process (HealthCheckJob, as the dashboard runs it);
// and prints min / median / max, plus the slowest remote command of the last report. Every run
// must exit 0 (a healthy pair): anything else is reported and the benchmark fails.
#include "health/HealthCheckJob.h"
#include "spec/SpecJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {
QString figures(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    const qint64 median = times.at(times.size() / 2);
    return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 runs)")
        .arg(times.first())
        .arg(median)
        .arg(times.last())
        .arg(times.size());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        out << "usage: health_bench EXE SPEC KNOWN_HOSTS [RUNS]\n";
        return 2;
    }
    const QString exe = args.at(1);
    const QString specPath = args.at(2);
    const QString knownHosts = args.at(3);
    const int runs = args.size() > 4 ? qMax(1, args.at(4).toInt()) : 10;

    QList<qint64> cli;
    QByteArray lastJson;
    for (int i = 0; i < runs; ++i) {
        QProcess health;
        QElapsedTimer clock;
        clock.start();
        health.start(exe, {QStringLiteral("health"), specPath, QStringLiteral("--known-hosts"),
                           knownHosts, QStringLiteral("--json")});
        if (!health.waitForFinished(60000) || health.exitCode() != 0) {
            out << "health did not exit 0 (exit " << health.exitCode()
                << "): the benchmark needs a healthy pair\n"
                << health.readAllStandardError();
            return 1;
        }
        cli.append(clock.elapsed());
        lastJson = health.readAllStandardOutput();
    }

    const SpecLoadResult loaded = SpecJson::load(specPath);
    if (!loaded.ok()) {
        out << "cannot read " << specPath << '\n';
        return 1;
    }
    QList<qint64> inProcess;
    for (int i = 0; i < runs; ++i) {
        HealthCheckJob job(loaded.spec, knownHosts, HealthCheckJob::dashboardOptions());
        QEventLoop loop;
        HealthReport report;
        QObject::connect(&job, &HealthCheckJob::finished, &loop, [&](const HealthReport &r) {
            report = r;
            loop.quit();
        });
        QElapsedTimer clock;
        clock.start();
        job.start();
        loop.exec();
        inProcess.append(clock.elapsed());
        if (report.overall() != HealthReport::Overall::Healthy) {
            out << "the in-process check says " << HealthReport::overallName(report.overall())
                << ": the benchmark needs a healthy pair\n";
            return 1;
        }
    }

    HealthReport last;
    QString error;
    HealthReport::fromJson(lastJson, &last, &error);
    const HealthRawOutput *slowest = nullptr;
    for (const HealthRawOutput &raw : std::as_const(last.rawOutputs)) {
        if (!slowest || raw.durationMs > slowest->durationMs)
            slowest = &raw;
    }
    out << "health, command line end to end: " << figures(cli) << '\n';
    out << "health, in-process (dashboard):   " << figures(inProcess) << '\n';
    if (slowest) {
        out << "slowest remote command (last run): " << slowest->durationMs << " ms, "
            << slowest->server << ": " << slowest->command << '\n';
    }
    return 0;
}
