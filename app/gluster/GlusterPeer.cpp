#include "gluster/GlusterPeer.h"

bool GlusterPeer::isKnownAs(const QString &name) const
{
    if (name.isEmpty())
        return false;
    return hostname.compare(name, Qt::CaseInsensitive) == 0 ||
           hostnames.contains(name, Qt::CaseInsensitive);
}
