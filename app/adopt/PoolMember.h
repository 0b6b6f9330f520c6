#pragma once

#include "adopt/MemberReport.h"
#include "spec/ServerSpec.h"

#include <QString>

// One server of the adopted volume: its brick as gluster names it, how this machine reaches it
// over SSH, and what it said about itself (when it could be reached).
struct PoolMember
{
    QString privateName; // the brick's host: "server02-private"
    QString brickPath;   // "/data/var-www/brick02/volume"
    bool isArbiter = false;
    bool isFirst = false; // the server the discovery started from
    QString name;         // the spec's name for it, until its own host name is known
    SshSpec ssh;
    QString howReached; // how ssh.host was chosen, when it was not given (an assumption)
    bool reached = false;
    QString unreachable; // why not
    MemberReport report;
};
