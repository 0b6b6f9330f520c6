#include "gluster/GlusterHealEntry.h"

QString GlusterHealEntry::healTarget() const
{
    if (isGfidOnly()) {
        QString target = path.mid(1);
        if (target.endsWith(QLatin1Char('>')))
            target.chop(1);
        return target;
    }
    if (path.isEmpty() && !gfid.isEmpty())
        return QStringLiteral("gfid:") + gfid;
    return path;
}
