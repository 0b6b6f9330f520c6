#include "HealthCommand.h"

#include "AppInfo.h"
#include "CliOptions.h"
#include "PreparedSpec.h"
#include "ServerConnections.h"
#include "health/HealthProbe.h"

#include "RemoteText.h"
#include "SshError.h"
#include "SshSession.h"

#include <QEventLoop>

#include <unistd.h>

namespace {
const QString NoRoundTrip = QStringLiteral("--no-round-trip");
} // namespace

int HealthCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    QStringList remaining = arguments;
    const bool roundTrip = remaining.removeAll(NoRoundTrip) == 0;
    CliOptions options;
    QString error;
    if (!CliOptions::parse(remaining, &options, &error)) {
        err << program << ": " << error << '\n' << tr("See --help.") << '\n';
        return ExitUnusable;
    }
    // A health check creates nothing: the replica 2 acknowledgement is for building a pair.
    options.acceptSplitBrainRisk = true;
    PreparedSpec prepared;
    if (!PreparedSpec::prepare(options, &prepared, err))
        return ExitUnusable;

    ServerConnections::Policy policy;
    if (!ServerConnections::policyFor(options, prepared.spec, isatty(STDIN_FILENO), &policy,
                                      &error)) {
        err << program << ": " << error << '\n';
        return ExitUnusable;
    }

    HealthProbeOptions probeOptions;
    probeOptions.roundTrip = roundTrip;
    // Unattended, a silent server is given up on after the probe's connect timeout instead of
    // the session's longer one; on a terminal a password prompt may legitimately take longer.
    if (!policy.mayPrompt)
        probeOptions.connectDeadlineMs = probeOptions.connectTimeoutMs + 1000;

    ServerConnections connections(prepared.spec, policy);
    HealthProbe probe(prepared.spec, probeOptions);
    QList<bool> handedOver(prepared.spec.servers.size(), false);
    QObject::connect(&connections, &ServerConnections::progress, &probe,
                     [&](int index, const QString &line) {
                         SshSession *session = connections.sessions().value(index);
                         if (session && session->isConnected() && !handedOver.at(index)) {
                             handedOver[index] = true;
                             probe.serverConnected(index, session);
                         } else if (!options.json) {
                             err << prepared.spec.servers.at(index).name << ": "
                                 << RemoteText::printable(line) << '\n';
                         }
                     });
    QObject::connect(&connections, &ServerConnections::finished, &probe, [&] {
        for (int i = 0; i < handedOver.size(); ++i) {
            if (!handedOver.at(i)) {
                handedOver[i] = true;
                probe.serverUnreachable(i, connections.unreachableError(i));
            }
        }
    });
    QEventLoop loop;
    QObject::connect(&probe, &HealthProbe::finished, &loop, &QEventLoop::quit);
    probe.start();
    connections.start();
    if (!probe.isFinished())
        loop.exec();

    const HealthReport &report = probe.report();
    if (options.json) {
        out << QString::fromUtf8(report.toJson());
    } else {
        for (const QString &line : report.toTextLines())
            out << line << '\n';
    }
    out.flush();
    int reachable = 0;
    for (const ServerObservation &server : probe.observations().servers)
        reachable += server.sshReachable && server.hostKeyOk ? 1 : 0;
    if (reachable == 0)
        return ExitUnusable;
    return report.overall() == HealthReport::Overall::Healthy ? ExitHealthy : ExitProblems;
}
