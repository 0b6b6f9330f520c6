#include "shell/RemoteReads.h"

#include "shell/ShellQuote.h"

#include <QtGlobal>

namespace {
QString xml(const QString &arguments, int seconds)
{
    return RemoteReads::gluster(arguments + QStringLiteral(" --xml"), seconds);
}

QString findmnt(const QString &table, const QString &columns, const QString &pathWord)
{
    QString command =
        QStringLiteral("LC_ALL=C findmnt ") + table + QStringLiteral("-J -l -o ") + columns;
    if (!pathWord.isEmpty())
        command += QStringLiteral(" --mountpoint ") + pathWord;
    return command;
}
} // namespace

QString RemoteReads::gluster(const QString &arguments, int seconds)
{
    const int bound = qMax(2, seconds);
    // -k: a gluster CLI that ignores SIGTERM is killed one second later.
    return QStringLiteral("LC_ALL=C timeout -k 1 %1 gluster --mode=script --timeout=%2 %3")
        .arg(bound)
        .arg(bound - 1)
        .arg(arguments);
}

QString RemoteReads::poolList(int seconds)
{
    return gluster(QStringLiteral("pool list"), seconds);
}

QString RemoteReads::poolMembers(int seconds)
{
    return xml(QStringLiteral("pool list"), seconds);
}

QString RemoteReads::volumeOption(const QString &volumeWord, const QString &optionWord, int seconds)
{
    return gluster(QStringLiteral("volume get ") + volumeWord + QLatin1Char(' ') + optionWord,
                   seconds);
}

QString RemoteReads::peerStatus(int seconds)
{
    return xml(QStringLiteral("peer status"), seconds);
}

QString RemoteReads::volumeInfo(const QString &volumeWord, int seconds)
{
    return xml(QStringLiteral("volume info ") + volumeWord, seconds);
}

QString RemoteReads::volumeInfoText(const QString &volumeWord, int seconds)
{
    return gluster(QStringLiteral("volume info ") + volumeWord, seconds);
}

QString RemoteReads::volumeStatus(const QString &volumeWord, int seconds)
{
    return xml(QStringLiteral("volume status ") + volumeWord, seconds);
}

QString RemoteReads::healSummary(const QString &volumeWord, int seconds)
{
    return xml(QStringLiteral("volume heal ") + volumeWord + QStringLiteral(" info summary"),
               seconds);
}

QString RemoteReads::healSplitBrain(const QString &volumeWord, int seconds)
{
    return xml(QStringLiteral("volume heal ") + volumeWord + QStringLiteral(" info split-brain"),
               seconds);
}

QString RemoteReads::mounts(const QString &pathWord)
{
    return findmnt(QString(), QStringLiteral("TARGET,SOURCE,FSTYPE,MAJ:MIN"), pathWord);
}

QString RemoteReads::fstab(const QString &pathWord)
{
    return findmnt(QStringLiteral("-s "), QStringLiteral("TARGET,SOURCE,FSTYPE,OPTIONS"), pathWord);
}

QString RemoteReads::requireGlusterMount(const QString &path, int status)
{
    return QStringLiteral("case \"$(LC_ALL=C findmnt -n -o FSTYPE --mountpoint %1)\" in\n"
                          "  *glusterfs) ;;\n"
                          "  *) echo %2 >&2; exit %3 ;;\n"
                          "esac\n")
        .arg(ShellQuote::quote(path),
             ShellQuote::quote(path + QStringLiteral(" is not a glusterfs mount")))
        .arg(status);
}

QString RemoteReads::volumeSource(const QString &privateName, const QString &volume)
{
    return privateName + QStringLiteral(":/") + volume;
}
