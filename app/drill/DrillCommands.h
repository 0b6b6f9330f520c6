#pragma once

#include "spec/SetupSpec.h"

#include <QString>

// The exact command lines of the failover drill, each run as root (sudo for other users, like
// every step) on one server's SSH session. Every value is quoted with ShellQuote; PIDs are
// numbers from gluster's own `volume status --xml`. What the drill prints as "what it did" is
// what these commands print.
class DrillCommands
{
public:
    DrillCommands(const SetupSpec &spec, int glusterTimeoutSeconds);

    // Takes the server out of the pair: `systemctl stop glusterd` where systemd runs, then
    // SIGTERM to glusterd and to the given brick and self-heal PIDs (each only if it still is a
    // gluster process), SIGKILL to what is left after 10 s. Prints one line per action.
    QString takeDown(int brickPid, int selfHealPid) const;
    // Brings it back: `systemctl start glusterd` where systemd runs, else `glusterd -p
    // /var/run/glusterd.pid` unless one runs; waits until the gluster CLI answers (glusterd
    // starts the volume's brick and self-heal daemon itself). Harmless on a server already up.
    static QString bringBack();
    // The bricks glusterd did not start (killed while it was down): `volume start VOL force`.
    QString forceStartVolume() const;

    QString volumeStatus() const;
    QString healSummary() const;
    QString healSplitBrain() const;

    // The drill's file: a hidden, uniquely named file in the volume's root.
    QString markerName(const QString &token) const;
    static QString markerContent(const QString &token);
    // Written / read / removed through this server's glusterfs mount (refused when the mount
    // path holds no glusterfs mount: the file would land on the local disk).
    QString writeMarker(const QString &token) const;
    QString readMarker(const QString &token) const;
    QString removeMarker(const QString &token) const;
    // Removes drill files left by a drill that was killed (through the mount).
    QString removeStaleMarkers() const;
    // Prints the file as this server's brick holds it.
    QString readMarkerOnBrick(const ServerSpec &server, const QString &token) const;

private:
    QString throughMount(const QString &script) const;

    QString m_volume;
    QString m_mountPath;
    int m_timeoutSeconds;
};
