#include "gluster/GlusterProcess.h"

QString GlusterProcess::brickName() const
{
    if (kind != Kind::Brick)
        return QString();
    return hostname + QLatin1Char(':') + path;
}
