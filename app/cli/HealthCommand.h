#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `health SPEC [--json] [--no-round-trip]`: the read-only health report of an existing pair.
// Every server is probed as soon as it is connected (ServerConnections: the command line's
// host-key and secret policy); text output is one line per check prefixed by its server, --json
// the format of app/health/HEALTH-JSON.md. Exit status 0 healthy, 1 degraded or broken, 2 bad
// spec or usage, or no server reachable.
class HealthCommand
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)

public:
    // arguments as main() got them ("gluster-ha-wizard health SPEC ...").
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static constexpr int ExitHealthy = 0;
    static constexpr int ExitProblems = 1;
    static constexpr int ExitUnusable = 2;
};
