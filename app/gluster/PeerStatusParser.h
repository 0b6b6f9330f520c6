#pragma once

#include "gluster/GlusterPeer.h"
#include "gluster/GlusterResult.h"

#include <QByteArray>
#include <QList>

// Reads `gluster peer status --xml` (the other peers) and `gluster pool list --xml` (the same
// plus the asking server as "localhost"): both print <peerStatus>.
class PeerStatusParser
{
public:
    static GlusterResult<QList<GlusterPeer>> parse(const QByteArray &output);
};
