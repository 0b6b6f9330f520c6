#include "health/ServerHealthRules.h"

#include "health/HealthContext.h"
#include "health/HealthFixCommands.h"

#include <QCoreApplication>

namespace {
HealthCheck sshCheck(const ServerObservation &server)
{
    const QString title = QCoreApplication::translate("ServerHealthRules", "SSH connection");
    if (!server.hostKeyOk) {
        HealthCheck check = HealthCheck::make(
            QStringLiteral("ssh"), server.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate(
                "ServerHealthRules",
                "The server's host key does not match the one recorded in known_hosts, so the "
                "connection was refused. Either the server was reinstalled or someone is "
                "intercepting the connection: verify the new key's fingerprint on the server's "
                "console before trusting it."));
        return check;
    }
    if (!server.sshReachable) {
        QString reason = QCoreApplication::translate(
            "ServerHealthRules", "The server could not be reached over SSH, so nothing on it could "
                                 "be checked. The other server may still serve the site.");
        if (!server.sshError.isEmpty())
            reason +=
                QLatin1Char(' ') +
                QCoreApplication::translate("ServerHealthRules", "Reason: %1").arg(server.sshError);
        return HealthCheck::make(QStringLiteral("ssh"), server.name, title,
                                 HealthCheck::State::Fail, reason);
    }
    return HealthCheck::make(
        QStringLiteral("ssh"), server.name, title, HealthCheck::State::Ok,
        QCoreApplication::translate("ServerHealthRules", "Connected and the host key matches."));
}

HealthCheck glusterdCheck(const HealthContext &context, const ParsedServerView &view)
{
    const ServerObservation &server = *view.server;
    const QString title = QCoreApplication::translate("ServerHealthRules", "glusterd");
    if (context.glusterdDown(view)) {
        const QString reason =
            server.arbiter
                ? QCoreApplication::translate(
                      "ServerHealthRules",
                      "glusterd is not running (or does not answer) on %1, the arbiter: its "
                      "brick is offline. Writes still work while both data servers are up, but "
                      "without the arbiter a cut between them can split the brain, and one more "
                      "server down stops writes; once glusterd is back, the brick starts and "
                      "catches up by itself.")
                : QCoreApplication::translate(
                      "ServerHealthRules",
                      "glusterd is not running (or does not answer) on %1: its brick is offline "
                      "and it is out of the pool. The other server keeps the site up meanwhile; "
                      "once glusterd is back, the brick starts and heals by itself.");
        HealthCheck check = HealthCheck::make(QStringLiteral("glusterd"), server.name, title,
                                              HealthCheck::State::Fail, reason.arg(server.name));
        check.fixCommands.append(HealthFixCommands::restartGlusterd());
        return check;
    }
    if (context.glusterdRunning(view)) {
        return HealthCheck::make(
            QStringLiteral("glusterd"), server.name, title, HealthCheck::State::Ok,
            QCoreApplication::translate("ServerHealthRules", "glusterd is running."));
    }
    return HealthCheck::make(
        QStringLiteral("glusterd"), server.name, title, HealthCheck::State::Unknown,
        QCoreApplication::translate("ServerHealthRules",
                                    "Whether glusterd runs could not be determined: neither the "
                                    "process check nor any gluster command gave an answer."));
}
} // namespace

void ServerHealthRules::append(const HealthContext &context, QList<HealthCheck> *checks)
{
    for (const ParsedServerView &view : context.views())
        checks->append(sshCheck(*view.server));
    if (!context.views().isEmpty() && context.reachableCount() == 0) {
        HealthCheck none = HealthCheck::make(
            QStringLiteral("reachable"), QString(),
            QCoreApplication::translate("ServerHealthRules", "Servers reachable"),
            HealthCheck::State::Fail,
            QCoreApplication::translate(
                "ServerHealthRules",
                "No server could be reached over SSH: the pair's state cannot be checked at "
                "all. Check the network path and the servers' SSH daemons."));
        none.breaksService = true;
        checks->append(none);
        return;
    }
    for (const ParsedServerView &view : context.views()) {
        if (view.reachable())
            checks->append(glusterdCheck(context, view));
    }
}
