// libFuzzer target: the whole health evaluation on hostile command outputs. The input is split
// in two at its middle: server01's gluster commands all print the first half, server02's the
// second. The evaluator must not crash, must give every check an id and a reason, and its JSON
// must read back.
#include "FuzzInput.h"

#include "health/HealthEvaluator.h"

namespace {
ServerObservation serverPrinting(int number, const QByteArray &output)
{
    ServerObservation server;
    server.name = QStringLiteral("server0") + QString::number(number);
    server.privateName = server.name + QStringLiteral("-private");
    server.brickPath = QStringLiteral("/data/var-www/brick0") + QString::number(number) +
                       QStringLiteral("/volume");
    server.sshReachable = true;
    for (ObservedCommand *command :
         {&server.glusterdRunning, &server.peerStatus, &server.volumeInfo, &server.volumeStatus,
          &server.healInfo, &server.healSummary, &server.healSplitBrain, &server.mount,
          &server.fstab, &server.brickSpace})
        *command = ObservedCommand::finished(QStringLiteral("cmd"), output.size() % 3, output);
    server.http.ran = true;
    server.http.statusCode = output.isEmpty() ? 0 : 200;
    server.http.body = output.left(64);
    return server;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzInput(data, size);
    HealthObservations observations;
    observations.volumeName = QStringLiteral("var-www");
    observations.mountPath = QStringLiteral("/var/www");
    observations.testFile = QStringLiteral("html/index.html");
    observations.expectedBody = QStringLiteral("Hello, World!");
    observations.servers = {serverPrinting(1, input.left(input.size() / 2)),
                            serverPrinting(2, input.mid(input.size() / 2))};
    const HealthReport report = HealthEvaluator::evaluate(observations);
    for (const HealthCheck &check : report.checks)
        fuzzRequire(!check.id.isEmpty() && !check.reason.isEmpty());
    HealthReport read;
    QString error;
    fuzzRequire(HealthReport::fromJson(report.toJson(), &read, &error));
    fuzzRequire(read.checks.size() == report.checks.size());
    fuzzRequire(!report.toHtml().isEmpty() && !report.toTextLines().isEmpty());
    return 0;
}
