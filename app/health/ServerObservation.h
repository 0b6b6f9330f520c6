#pragma once

#include "health/HttpObservation.h"
#include "health/ObservedCommand.h"

#include <QString>

// Everything a health probe learned about one server. Commands name what the probe is expected
// to run; the evaluator only relies on the output formats noted here.
struct ServerObservation
{
    QString name;          // the spec's server name, "server01"
    QString privateName;   // the name its brick and the pool use, "server01-private"
    QString publicAddress; // shown in messages
    QString brickPath;     // "/data/var-www/brick01/volume"
    // The spec's arbiter: a metadata-only brick and glusterd, no mount and no web server (so
    // neither is checked there).
    bool arbiter = false;

    bool sshReachable = false;
    QString sshError;      // why not, in plain words (never a secret)
    bool hostKeyOk = true; // false: the host key does not match known_hosts; we refused

    ObservedCommand glusterdRunning; // `pidof glusterd` (exit 0 = running) or equivalent
    ObservedCommand peerStatus;      // `gluster peer status --xml`
    ObservedCommand volumeInfo;      // `gluster volume info VOL --xml`
    ObservedCommand volumeStatus;    // `gluster volume status VOL --xml`
    ObservedCommand healInfo;        // `gluster volume heal VOL info --xml` (the probe asks
                                     // for the summary instead; used when it is missing)
    ObservedCommand healSummary;     // `gluster volume heal VOL info summary --xml`
    ObservedCommand healSplitBrain;  // `gluster volume heal VOL info split-brain --xml`
    // RemoteReads::mounts(MOUNT), findmnt's JSON of the mount at the mount path (source
    // "server01-private:/var-www", fstype "fuse.glusterfs"); exit 1 = nothing mounted there.
    ObservedCommand mount;
    // RemoteReads::fstab(MOUNT): the fstab line for the mount path only, as findmnt's JSON (the
    // whole fstab may hold other mounts' credentials); exit 1 = no line.
    ObservedCommand fstab;
    // `df -P -B1 BRICKMOUNT`: POSIX format, sizes in bytes.
    ObservedCommand brickSpace;
    // `head -c 65536 MOUNT/TESTFILE` through the volume mount (not run without a web server):
    // the page this server's web server must serve.
    ObservedCommand servedFile;
    HttpObservation http;

    QString brickName() const { return privateName + QLatin1Char(':') + brickPath; }
};
