#include "health/HealthFixCommands.h"

#include <QRegularExpression>

QString HealthFixCommands::restartGlusterd()
{
    return QStringLiteral("systemctl restart glusterd");
}

QString HealthFixCommands::startVolume(const QString &volume)
{
    return QStringLiteral("gluster volume start ") + shellQuote(volume);
}

QString HealthFixCommands::startVolumeForce(const QString &volume)
{
    return QStringLiteral("gluster volume start ") + shellQuote(volume) + QStringLiteral(" force");
}

QString HealthFixCommands::triggerHeal(const QString &volume)
{
    return QStringLiteral("gluster volume heal ") + shellQuote(volume);
}

QString HealthFixCommands::listSplitBrain(const QString &volume)
{
    return QStringLiteral("gluster volume heal ") + shellQuote(volume) +
           QStringLiteral(" info split-brain");
}

QString HealthFixCommands::splitBrainBiggerFile(const QString &volume, const QString &file)
{
    return QStringLiteral("gluster volume heal ") + shellQuote(volume) +
           QStringLiteral(" split-brain bigger-file ") + shellQuote(file);
}

QString HealthFixCommands::splitBrainSourceBrick(const QString &volume, const QString &brick,
                                                 const QString &file)
{
    return QStringLiteral("gluster volume heal ") + shellQuote(volume) +
           QStringLiteral(" split-brain source-brick ") + shellQuote(brick) + QLatin1Char(' ') +
           shellQuote(file);
}

QString HealthFixCommands::peerProbe(const QString &host)
{
    return QStringLiteral("gluster peer probe ") + shellQuote(host);
}

QString HealthFixCommands::mountFromFstab(const QString &mountPath)
{
    return QStringLiteral("mount ") + shellQuote(mountPath);
}

QString HealthFixCommands::appendFstabLine(const QString &line)
{
    return QStringLiteral("echo ") + shellQuote(line) + QStringLiteral(" >> /etc/fstab");
}

QString HealthFixCommands::shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
