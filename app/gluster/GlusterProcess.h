#pragma once

#include <QString>

// One line of `gluster volume status --xml`: a brick process or a daemon such as the self-heal
// daemon. A brick whose server's glusterd cannot be reached is not listed at all.
struct GlusterProcess
{
    enum class Kind { Brick, SelfHealDaemon, OtherDaemon };

    Kind kind = Kind::Brick;
    // For a brick "host:path"; for a daemon gluster's label, e.g. "Self-heal Daemon".
    QString hostname;
    // For a brick its directory; for a daemon the host it runs on ("localhost" = where asked).
    QString path;
    QString peerId;
    bool online = false;
    int tcpPort = -1; // -1: "N/A"
    int pid = -1;     // -1: "N/A"

    // "server01-private:/data/var-www/brick01/volume" for a brick, empty for a daemon.
    QString brickName() const;
};
