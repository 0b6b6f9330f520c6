#pragma once

#include "gluster/GlusterProcess.h"

#include <QList>
#include <QString>

// One volume's processes from `gluster volume status [VOLUME] --xml`.
struct GlusterVolumeStatus
{
    QString volumeName;
    QList<GlusterProcess> processes;

    QList<GlusterProcess> bricks() const;
    QList<GlusterProcess> selfHealDaemons() const;
    // The brick process called host:path, or nullptr when gluster did not list it.
    const GlusterProcess *brick(const QString &brickName) const;
};
