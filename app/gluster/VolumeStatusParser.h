#pragma once

#include "gluster/GlusterResult.h"
#include "gluster/GlusterVolumeStatus.h"

#include <QByteArray>
#include <QList>

// Reads `gluster volume status [VOLUME|all] --xml`.
class VolumeStatusParser
{
public:
    static GlusterResult<QList<GlusterVolumeStatus>> parse(const QByteArray &output);
};
