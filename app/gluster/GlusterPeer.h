#pragma once

#include <QString>
#include <QStringList>

// One peer from `gluster peer status --xml` or `gluster pool list --xml`.
struct GlusterPeer
{
    QString uuid;
    QString hostname;      // "server02-private"; "localhost" for the asking server in pool list
    QStringList hostnames; // every name the pool knows it by
    // What counts. glusterd keeps stateStr at "Peer in Cluster" while the peer is gone.
    bool connected = false;
    int state = -1;    // -1: not given (pool list's own entry)
    QString stateText; // stateStr, e.g. "Peer in Cluster"

    bool isLocalhost() const { return hostname == QLatin1String("localhost"); }
    // True when `name` is this peer's hostname or one of its other names.
    bool isKnownAs(const QString &name) const;
};
