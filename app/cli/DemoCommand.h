#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `demo up|down|status`: the local demo pair (two servers in namespaces on this machine) through
// the one lab script the package installs (DemoPair::labScript()). Needs root: without it
// nothing is run and the command to type is printed. `up` prints the spec and known_hosts to
// use; `down` removes everything the demo made and verifies that nothing is left.
// Exit status 0 done, 1 the lab script failed, 2 usage, not root, or no lab script.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    // arguments as main() got them ("gluster-ha-wizard demo up").
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static constexpr int ExitDone = 0;
    static constexpr int ExitFailed = 1;
    static constexpr int ExitRefused = 2;

private:
    static int runLab(const QString &script, const QStringList &arguments);
};
