#pragma once

#include <QString>

// The local demo pair (the namespace lab of tests/lab/lab.sh): where its admin side keeps the
// spec and the known_hosts the wizard opens when the administrator chooses to try the demo.
class DemoPair
{
public:
    static QString adminDir(); // $GHW_LAB_STATE/admin, default /srv/ghw-lab/admin
    static QString specPath();
    static QString knownHostsPath();
    static bool isRunning(); // its spec is readable
};
