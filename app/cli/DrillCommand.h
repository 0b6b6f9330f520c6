#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `drill SPEC [--server NAME] [--yes]`: the failover drill on a pair in service (FailoverDrill):
// refused unless `health` finds the pair HEALTHY, asks before it disturbs a server (--yes
// skips the question; without a terminal and without --yes it refuses), takes NAME (default:
// the first server) out of the pair, shows the other one serving the site once a second,
// brings NAME back, waits for the heal and ends with its report. Ctrl-C brings the server back
// before exiting. `drill SPEC --restore --server NAME` only brings NAME back (a drill that was
// killed prints this command). Exit status 0 passed (or restored), 1 failed or cancelled, 2 bad
// spec or usage, refused or not healthy.
class DrillCommand
{
    Q_DECLARE_TR_FUNCTIONS(DrillCommand)

public:
    // arguments as main() got them ("gluster-ha-wizard drill SPEC ...").
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static constexpr int ExitPassed = 0;
    static constexpr int ExitFailed = 1;
    static constexpr int ExitRefused = 2;
};
