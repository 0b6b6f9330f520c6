#pragma once

#include <QString>

// One brick as `volume info` names it: "server01-private:/data/var-www/brick01/volume".
struct GlusterBrick
{
    QString name;     // host:path, exactly as gluster prints it
    QString host;     // "server01-private"
    QString path;     // "/data/var-www/brick01/volume"
    QString hostUuid; // the peer that holds it
    bool isArbiter = false;

    // Splits "host:/path" at the ":/" so IPv6-free host names and any path survive.
    static GlusterBrick fromName(const QString &name);
};
