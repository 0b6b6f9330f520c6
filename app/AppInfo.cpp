#include "AppInfo.h"

namespace AppInfo {
QString name()
{
    return QStringLiteral("Gluster HA Wizard");
}
QString executableName()
{
    return QStringLiteral("gluster-ha-wizard");
}
QString version()
{
    return QStringLiteral(GHW_VERSION);
}
} // namespace AppInfo
