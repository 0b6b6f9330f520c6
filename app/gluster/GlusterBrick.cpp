#include "gluster/GlusterBrick.h"

GlusterBrick GlusterBrick::fromName(const QString &name)
{
    GlusterBrick brick;
    brick.name = name;
    const qsizetype separator = name.indexOf(QLatin1String(":/"));
    if (separator > 0) {
        brick.host = name.left(separator);
        brick.path = name.mid(separator + 1);
    }
    return brick;
}
