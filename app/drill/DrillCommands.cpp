#include "drill/DrillCommands.h"

#include "shell/RemoteReads.h"
#include "shell/ShellQuote.h"
#include "shell/ShellTemplate.h"
#include "shell/StepCommand.h"
#include "shell/StepSnippets.h"

#include <QtGlobal>

namespace {
const QString MarkerPrefix = QStringLiteral(".ghw-drill-");

// Ended by PID, also where systemd runs: an explicit `systemctl stop glusterd` would stop the
// units that require it as well (the volume's mount, through the fstab line's
// x-systemd.requires=glusterd.service, and the web server, which requires the mount), so the
// drilled server would stop serving its own site instead of losing only its brick. glusterd
// ending on SIGTERM is a clean exit for its unit (SuccessExitStatus=15, no restart).
const char *const kTakeDown = R"BASH(sent=
for pid in $(pidof glusterd) @PIDS@; do
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
  case "$comm" in
    glusterd|glusterfsd|glusterfs) ;;
    *) echo "left $pid alone: it is $comm now, not a gluster process"; continue ;;
  esac
  echo "kill -TERM $pid ($comm)"
  kill -TERM "$pid" 2>/dev/null && sent="$sent $pid"
done
for _ in $(seq 1 50); do
  alive=
  for pid in $sent; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
  if [ -z "$alive" ]; then echo 'every gluster process of the volume on this server has ended'; exit 0; fi
  sleep 0.2
done
for pid in $alive; do echo "kill -KILL $pid (still running after 10 s)"; kill -KILL "$pid" 2>/dev/null; done
exit 0
)BASH";

const char *const kBringBack = R"BASH(if has_systemd; then
  echo 'systemctl start glusterd'
  systemctl start glusterd || exit 1
elif ! pidof glusterd >/dev/null; then
  echo 'glusterd -p /var/run/glusterd.pid'
  glusterd -p /var/run/glusterd.pid || exit 1
else
  echo 'glusterd runs already'
fi
for _ in $(seq 1 60); do
  if @POOL_LIST@ >/dev/null 2>&1; then exit 0; fi
  sleep 0.5
done
echo 'glusterd does not answer after 30 s; see /var/log/glusterfs/glusterd.log' >&2
exit 1
)BASH";

// The exit status of a marker command when the mount path holds no glusterfs mount.
constexpr int NotMountedStatus = 3;
} // namespace

DrillCommands::DrillCommands(const SetupSpec &spec, int glusterTimeoutSeconds)
    : m_volume(spec.volume.name)
    , m_mountPath(spec.mount.path)
    , m_timeoutSeconds(qMax(2, glusterTimeoutSeconds))
{}

QString DrillCommands::takeDown(int brickPid, int selfHealPid) const
{
    QStringList pids;
    for (int pid : {brickPid, selfHealPid}) {
        if (pid > 1)
            pids << QString::number(pid);
    }
    return StepCommand::remoteLine(
        StepSnippets::hasSystemd() +
        ShellTemplate(QLatin1String(kTakeDown)).setList(QStringLiteral("PIDS"), pids).text());
}

QString DrillCommands::bringBack()
{
    return StepCommand::remoteLine(
        StepSnippets::hasSystemd() +
        QString::fromLatin1(kBringBack)
            .replace(QStringLiteral("@POOL_LIST@"), RemoteReads::poolList(10)));
}

QString DrillCommands::forceStartVolume() const
{
    // Not a read, but bounded by the same policy as every gluster command of the drill.
    return RemoteReads::gluster(QStringLiteral("volume start ") + ShellQuote::quote(m_volume) +
                                    QStringLiteral(" force"),
                                m_timeoutSeconds);
}

QString DrillCommands::volumeStatus() const
{
    return RemoteReads::volumeStatus(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString DrillCommands::healSummary() const
{
    return RemoteReads::healSummary(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString DrillCommands::healSplitBrain() const
{
    return RemoteReads::healSplitBrain(ShellQuote::quote(m_volume), m_timeoutSeconds);
}

QString DrillCommands::markerName(const QString &token) const
{
    return MarkerPrefix + token;
}

QString DrillCommands::markerContent(const QString &token)
{
    return QStringLiteral("gluster-ha-wizard failover drill ") + token;
}

QString DrillCommands::throughMount(const QString &script) const
{
    const QString check = RemoteReads::requireGlusterMount(m_mountPath, NotMountedStatus);
    // A stalled mount blocks file operations: bounded on the server too.
    return QStringLiteral("timeout -k 1 %1 sh -c %2")
        .arg(m_timeoutSeconds * 2)
        .arg(ShellQuote::quote(check + script));
}

QString DrillCommands::writeMarker(const QString &token) const
{
    return throughMount(QStringLiteral("cd ") + ShellQuote::quote(m_mountPath) +
                        QStringLiteral(" && printf '%s\\n' ") +
                        ShellQuote::quote(markerContent(token)) + QStringLiteral(" > ") +
                        ShellQuote::quote(markerName(token)) + QStringLiteral("\n"));
}

QString DrillCommands::readMarker(const QString &token) const
{
    return throughMount(QStringLiteral("cd ") + ShellQuote::quote(m_mountPath) +
                        QStringLiteral(" && cat -- ") + ShellQuote::quote(markerName(token)) +
                        QStringLiteral("\n"));
}

QString DrillCommands::removeMarker(const QString &token) const
{
    return throughMount(QStringLiteral("cd ") + ShellQuote::quote(m_mountPath) +
                        QStringLiteral(" && rm -f -- ") + ShellQuote::quote(markerName(token)) +
                        QStringLiteral("\n"));
}

QString DrillCommands::removeStaleMarkers() const
{
    return throughMount(QStringLiteral("find ") + ShellQuote::quote(m_mountPath) +
                        QStringLiteral(" -maxdepth 1 -name ") +
                        ShellQuote::quote(MarkerPrefix + QLatin1Char('*')) +
                        QStringLiteral(" -print -delete\n"));
}

QString DrillCommands::readMarkerOnBrick(const ServerSpec &server, const QString &token) const
{
    return QStringLiteral("cat -- ") +
           ShellQuote::quote(server.brickPath() + QLatin1Char('/') + markerName(token));
}
