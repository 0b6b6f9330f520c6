#pragma once

#include <QString>

// The local demo pair (the namespace lab of tests/lab/lab.sh): where its admin side keeps the
// spec and the known_hosts the wizard opens when the administrator chooses to try the demo, and
// where the one lab script lives that `gluster-ha-wizard demo up|down|status` runs.
class DemoPair
{
public:
    static QString adminDir(); // $GHW_LAB_STATE/admin, default /srv/ghw-lab/admin
    static QString specPath();
    static QString knownHostsPath();
    static bool isRunning(); // its spec is readable

    // The lab script, at the same place relative to the executable in the build tree
    // (BUILD/app/.. -> BUILD/lib/gluster-ha-wizard, a link to tests/lab/lab.sh) and in the
    // installed package (/usr/bin/.. -> /usr/lib/gluster-ha-wizard). Empty when it is missing.
    static QString labScript();
    // `demo VERB` as root, as typed in a terminal: "sudo gluster-ha-wizard demo up" where sudo
    // exists, else "su -c 'gluster-ha-wizard demo up'" (the executable's path in a build tree).
    static QString rootCommandLine(const QString &verb = QStringLiteral("up"));
};
