#include "gluster/GlusterVolumeStatus.h"

QList<GlusterProcess> GlusterVolumeStatus::bricks() const
{
    QList<GlusterProcess> found;
    for (const GlusterProcess &process : processes) {
        if (process.kind == GlusterProcess::Kind::Brick)
            found.append(process);
    }
    return found;
}

QList<GlusterProcess> GlusterVolumeStatus::selfHealDaemons() const
{
    QList<GlusterProcess> found;
    for (const GlusterProcess &process : processes) {
        if (process.kind == GlusterProcess::Kind::SelfHealDaemon)
            found.append(process);
    }
    return found;
}

const GlusterProcess *GlusterVolumeStatus::brick(const QString &brickName) const
{
    for (const GlusterProcess &process : processes) {
        if (process.kind == GlusterProcess::Kind::Brick && process.brickName() == brickName)
            return &process;
    }
    return nullptr;
}
