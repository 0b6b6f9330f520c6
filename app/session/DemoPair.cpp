#include "session/DemoPair.h"

#include "AppInfo.h"
#include "ShellWords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

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

QString DemoPair::labScript()
{
    const QString path = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                         QStringLiteral("/../lib/gluster-ha-wizard/lab.sh"));
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? path : QString();
}

QString DemoPair::rootCommandLine(const QString &verb)
{
    // The name alone where it finds this very executable on PATH (the package), else its path
    // (a build tree).
    const QString self = QCoreApplication::applicationFilePath();
    const QString onPath = QStandardPaths::findExecutable(AppInfo::executableName());
    const QString program = !onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() ==
                                                     QFileInfo(self).canonicalFilePath()
                                ? AppInfo::executableName()
                                : ShellQuote::quote(self);
    const QString command = program + QStringLiteral(" demo ") + verb;
    if (!QStandardPaths::findExecutable(QStringLiteral("sudo")).isEmpty())
        return QStringLiteral("sudo ") + command;
    return QStringLiteral("su -c ") + ShellQuote::quote(command);
}
