#pragma once

#include "gluster/GlusterHealBrick.h"
#include "gluster/GlusterPeer.h"
#include "gluster/GlusterResult.h"
#include "gluster/GlusterVolume.h"
#include "gluster/GlusterVolumeStatus.h"
#include "health/ServerObservation.h"

#include <QList>

#include <optional>

// One server's gluster outputs, parsed once. An empty optional means the command did not run.
struct ParsedServerView
{
    const ServerObservation *server = nullptr;
    std::optional<GlusterResult<QList<GlusterPeer>>> peers;
    std::optional<GlusterResult<QList<GlusterVolume>>> volumes;
    std::optional<GlusterResult<QList<GlusterVolumeStatus>>> status;
    std::optional<GlusterResult<QList<GlusterHealBrick>>> healInfo;
    std::optional<GlusterResult<QList<GlusterHealBrick>>> healSummary;
    std::optional<GlusterResult<QList<GlusterHealBrick>>> healSplitBrain;

    static ParsedServerView parse(const ServerObservation &server);

    bool reachable() const { return server->sshReachable && server->hostKeyOk; }
    // Some gluster command on this server said glusterd cannot be reached.
    bool glusterSaysDaemonDown() const;
    // Some gluster command on this server was answered by glusterd.
    bool glusterAnswered() const;
    // The status of `volume` as this server reports it, or nullptr.
    const GlusterVolumeStatus *volumeStatus(const QString &volume) const;
};
