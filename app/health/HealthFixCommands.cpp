#include "health/HealthFixCommands.h"

#include "shell/ShellQuote.h"

using ShellQuote::quote;

QString HealthFixCommands::restartGlusterd()
{
    return QStringLiteral("systemctl restart glusterd");
}

QString HealthFixCommands::startVolume(const QString &volume)
{
    return QStringLiteral("gluster volume start ") + quote(volume);
}

QString HealthFixCommands::startVolumeForce(const QString &volume)
{
    return QStringLiteral("gluster volume start ") + quote(volume) + QStringLiteral(" force");
}

QString HealthFixCommands::triggerHeal(const QString &volume)
{
    return QStringLiteral("gluster volume heal ") + quote(volume);
}

QString HealthFixCommands::listSplitBrain(const QString &volume)
{
    return QStringLiteral("gluster volume heal ") + quote(volume) +
           QStringLiteral(" info split-brain");
}

QString HealthFixCommands::splitBrainBiggerFile(const QString &volume, const QString &file)
{
    return QStringLiteral("gluster volume heal ") + quote(volume) +
           QStringLiteral(" split-brain bigger-file ") + quote(file);
}

QString HealthFixCommands::splitBrainSourceBrick(const QString &volume, const QString &brick,
                                                 const QString &file)
{
    return QStringLiteral("gluster volume heal ") + quote(volume) +
           QStringLiteral(" split-brain source-brick ") + quote(brick) + QLatin1Char(' ') +
           quote(file);
}

QString HealthFixCommands::peerProbe(const QString &host)
{
    return QStringLiteral("gluster peer probe ") + quote(host);
}

QString HealthFixCommands::mountFromFstab(const QString &mountPath)
{
    return QStringLiteral("mount ") + quote(mountPath);
}

QString HealthFixCommands::appendFstabLine(const QString &line)
{
    return QStringLiteral("echo ") + quote(line) + QStringLiteral(" >> /etc/fstab");
}
