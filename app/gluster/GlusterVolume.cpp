#include "gluster/GlusterVolume.h"

QString GlusterVolume::option(const QString &optionName) const
{
    for (const auto &option : options) {
        if (option.first == optionName)
            return option.second;
    }
    return QString();
}

const GlusterBrick *GlusterVolume::brick(const QString &brickName) const
{
    for (const GlusterBrick &candidate : bricks) {
        if (candidate.name == brickName)
            return &candidate;
    }
    return nullptr;
}
