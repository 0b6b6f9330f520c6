#include "health/HealthCommands.h"

#include "shell/RemoteReads.h"
#include "shell/ShellQuote.h"

#include <QtGlobal>

HealthCommands::HealthCommands(const QString &volume, const QString &mountPath,
                               const QString &brickMount, int timeoutSeconds,
                               const QString &testFile)
    : m_volume(volume)
    , m_mountPath(mountPath)
    , m_brickMount(brickMount)
    , m_timeoutSeconds(qMax(2, timeoutSeconds))
    , m_testFile(testFile)
{}

QString HealthCommands::glusterdRunning()
{
    return QStringLiteral("pidof glusterd");
}

QString HealthCommands::peerStatus() const
{
    return RemoteReads::peerStatus(m_timeoutSeconds);
}

QString HealthCommands::volumeInfo() const
{
    return RemoteReads::volumeInfo(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString HealthCommands::volumeStatus() const
{
    return RemoteReads::volumeStatus(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString HealthCommands::healSummary() const
{
    return RemoteReads::healSummary(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString HealthCommands::healSplitBrain() const
{
    return RemoteReads::healSplitBrain(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString HealthCommands::mount() const
{
    return RemoteReads::mounts(ShellQuote::quote(m_mountPath));
}

QString HealthCommands::fstab() const
{
    // Only the line of the mount path: other lines may carry credentials of other mounts.
    return RemoteReads::fstab(ShellQuote::quote(m_mountPath));
}

QString HealthCommands::brickSpace() const
{
    return QStringLiteral("LC_ALL=C df -P -B1 ") + ShellQuote::quote(m_brickMount);
}

QString HealthCommands::servedFile() const
{
    if (m_testFile.isEmpty())
        return QString();
    QString root = m_mountPath;
    while (root.endsWith(QLatin1Char('/')) && root.size() > 1)
        root.chop(1);
    const QString path = root + QLatin1Char('/') + m_testFile;
    return bounded(
        requireGlusterMount() +
        QStringLiteral("head -c %1 -- %2").arg(ServedFileLimit).arg(ShellQuote::quote(path)));
}

QString HealthCommands::roundTripPath(const QString &token) const
{
    QString root = m_mountPath;
    while (root.endsWith(QLatin1Char('/')) && root.size() > 1)
        root.chop(1);
    if (root == QLatin1String("/"))
        root.clear();
    return root + QStringLiteral("/.ghw-health-") + token;
}

QString HealthCommands::requireGlusterMount() const
{
    return RemoteReads::requireGlusterMount(m_mountPath, NotMountedStatus);
}

QString HealthCommands::bounded(const QString &script) const
{
    // A stalled FUSE mount (a peer silent until network.ping-timeout) blocks file operations
    // for 42 s or more; the process is stopped on the server too, not only our wait for it.
    return QStringLiteral("timeout -k 1 %1 sh -c %2")
        .arg(m_timeoutSeconds)
        .arg(ShellQuote::quote(script));
}

QString HealthCommands::roundTripWrite(const QString &token, const QString &content) const
{
    // Files of earlier round trips that could not be removed (a stalled mount) go first.
    const QString stale = QStringLiteral("find %1 -maxdepth 1 -name '.ghw-health-*' -mmin +10 "
                                         "-delete 2>/dev/null; ")
                              .arg(ShellQuote::quote(m_mountPath));
    return bounded(requireGlusterMount() + stale + QStringLiteral("printf %s ") +
                   ShellQuote::quote(content) + QStringLiteral(" > ") +
                   ShellQuote::quote(roundTripPath(token)));
}

QString HealthCommands::roundTripRead(const QString &token) const
{
    // The writer's client has both bricks' answers before its write returns, so the file is
    // normally there at once; the short wait covers a lookup cached a moment earlier.
    const QString path = ShellQuote::quote(roundTripPath(token));
    return bounded(requireGlusterMount() +
                   QStringLiteral("i=0; while [ $i -lt 20 ]; do "
                                  "if [ -e %1 ]; then cat %1; exit; fi; sleep 0.1; i=$((i+1)); "
                                  "done; echo %2 >&2; exit 1")
                       .arg(path, ShellQuote::quote(roundTripPath(token) +
                                                    QStringLiteral(" did not appear within 2 s"))));
}

QString HealthCommands::roundTripRemove(const QString &token) const
{
    return bounded(QStringLiteral("rm -f -- ") + ShellQuote::quote(roundTripPath(token)));
}
