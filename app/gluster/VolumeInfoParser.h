#pragma once

#include "gluster/GlusterResult.h"
#include "gluster/GlusterVolume.h"

#include <QByteArray>
#include <QList>

// Reads `gluster volume info [VOLUME] --xml`.
class VolumeInfoParser
{
public:
    static GlusterResult<QList<GlusterVolume>> parse(const QByteArray &output);
};
