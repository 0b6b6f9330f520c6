#include "RemoteProcessGroup.h"

#include "ShellWords.h"

namespace {
const QString markerPrefix = QStringLiteral("ghw-process-group:");
} // namespace

QString RemoteProcessGroup::wrap(const QString &commandLine)
{
    // setsid makes a new session and process group whose leader is the inner sh, so $$ is the
    // group id and the command line runs inside it; -w hands back the exit status. Under sudo
    // the group is below sudo, which then ends with it.
    return QStringLiteral("setsid -w sh -c ") +
           ShellQuote::quote(QStringLiteral("printf '%1%s\\n' \"$$\" >&2\n").arg(markerPrefix) +
                             commandLine);
}

std::optional<qint64> RemoteProcessGroup::parseMarker(const QString &stderrLine)
{
    if (!stderrLine.startsWith(markerPrefix))
        return std::nullopt;
    bool ok = false;
    const qint64 group = stderrLine.mid(markerPrefix.size()).toLongLong(&ok);
    if (!ok || group <= 1)
        return std::nullopt;
    return group;
}

QString RemoteProcessGroup::killCommand(qint64 processGroup)
{
    // Only a number reaches the shell. `kill -SIG -PGID` (no "--": dash refuses it) works in
    // dash and bash alike; every 0.2 s the group is looked at again, zombies included.
    return QStringLiteral("g=-%1; kill -TERM $g 2>/dev/null || exit 0; n=0; "
                          "while kill -0 $g 2>/dev/null; do n=$((n + 1)); "
                          "if [ \"$n\" -eq %2 ]; then kill -KILL $g 2>/dev/null; fi; "
                          "if [ \"$n\" -gt %3 ]; then exit 1; fi; sleep 0.2; done")
        .arg(processGroup)
        .arg(graceSeconds * 5)
        .arg(graceSeconds * 5 + 50);
}
