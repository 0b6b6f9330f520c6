#pragma once

#include "gluster/GlusterFailure.h"
#include "gluster/GlusterVolume.h"
#include "health/HealthObservations.h"
#include "health/ParsedServerView.h"

#include <QList>

#include <optional>

// What every health rule reads: the observations, each server's parsed outputs, and the volume
// as the first server that knew it describes it.
class HealthContext
{
public:
    explicit HealthContext(const HealthObservations &observations);

    const HealthObservations &observations() const { return m_observations; }
    const QList<ParsedServerView> &views() const { return m_views; }
    QString volumeName() const { return m_observations.volumeName; }

    int reachableCount() const;
    // glusterd state per server: known down, known up, or not known.
    bool glusterdDown(const ParsedServerView &view) const;
    bool glusterdRunning(const ParsedServerView &view) const;

    // The volume, when some server described it.
    const std::optional<GlusterVolume> &volume() const { return m_volume; }
    // Some server answered and does not know the volume.
    bool volumeMissing() const { return m_volumeMissing; }
    // Why no server described the volume (when it is neither found nor missing).
    GlusterFailure volumeFailure() const { return m_volumeFailure; }
    bool volumeStarted() const;

    // The server whose private name (or name or public address) is `host`, or nullptr.
    const ServerObservation *serverForHost(const QString &host) const;
    const ParsedServerView *viewFor(const ServerObservation *server) const;

private:
    void findVolume();

    const HealthObservations &m_observations;
    QList<ParsedServerView> m_views;
    std::optional<GlusterVolume> m_volume;
    bool m_volumeMissing = false;
    GlusterFailure m_volumeFailure;
};
