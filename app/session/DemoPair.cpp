#include "session/DemoPair.h"

#include <QFileInfo>

QString DemoPair::adminDir()
{
    const QString state = qEnvironmentVariable("GHW_LAB_STATE", QStringLiteral("/srv/ghw-lab"));
    return state + QStringLiteral("/admin");
}

QString DemoPair::specPath()
{
    return adminDir() + QStringLiteral("/spec.json");
}

QString DemoPair::knownHostsPath()
{
    return adminDir() + QStringLiteral("/known_hosts");
}

bool DemoPair::isRunning()
{
    return QFileInfo(specPath()).isReadable();
}
