#include "health/HealthContext.h"

HealthContext::HealthContext(const HealthObservations &observations)
    : m_observations(observations)
{
    for (const ServerObservation &server : m_observations.servers)
        m_views.append(ParsedServerView::parse(server));
    findVolume();
}

int HealthContext::reachableCount() const
{
    int count = 0;
    for (const ParsedServerView &view : m_views) {
        if (view.reachable())
            ++count;
    }
    return count;
}

bool HealthContext::glusterdDown(const ParsedServerView &view) const
{
    if (!view.reachable())
        return false; // not known
    const ObservedCommand &probe = view.server->glusterdRunning;
    const bool processMissing = probe.ran && !probe.timedOut && probe.exitStatus != 0;
    return processMissing || view.glusterSaysDaemonDown();
}

bool HealthContext::glusterdRunning(const ParsedServerView &view) const
{
    if (!view.reachable() || glusterdDown(view))
        return false;
    return view.server->glusterdRunning.succeeded() || view.glusterAnswered();
}

bool HealthContext::volumeStarted() const
{
    return m_volume && m_volume->status == GlusterVolume::Status::Started;
}

const ServerObservation *HealthContext::serverForHost(const QString &host) const
{
    for (const ServerObservation &server : m_observations.servers) {
        if (server.privateName.compare(host, Qt::CaseInsensitive) == 0 ||
            server.name.compare(host, Qt::CaseInsensitive) == 0 ||
            server.publicAddress.compare(host, Qt::CaseInsensitive) == 0)
            return &server;
    }
    return nullptr;
}

const ParsedServerView *HealthContext::viewFor(const ServerObservation *server) const
{
    for (const ParsedServerView &view : m_views) {
        if (view.server == server)
            return &view;
    }
    return nullptr;
}

void HealthContext::findVolume()
{
    for (const ParsedServerView &view : m_views) {
        if (!view.reachable() || !view.volumes)
            continue;
        if (!view.volumes->ok()) {
            // `volume info VOL` on a pool without VOL fails with "Volume VOL does not exist".
            if (view.volumes->failure.kind() == GlusterFailure::Kind::CommandFailed &&
                view.volumes->failure.detail().contains(QLatin1String("does not exist")))
                m_volumeMissing = true;
            else if (!m_volumeFailure.isFailure())
                m_volumeFailure = view.volumes->failure;
            continue;
        }
        for (const GlusterVolume &volume : view.volumes->value) {
            if (volume.name == m_observations.volumeName) {
                m_volume = volume;
                m_volumeMissing = false;
                return;
            }
        }
        m_volumeMissing = true;
    }
}
