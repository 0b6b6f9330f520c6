#pragma once

#include <QString>

#include <optional>

// Transport for commands whose remote processes must end when they are cancelled (libssh2 1.10
// cannot send the SSH "signal" request, and closing the channel leaves a quiet command such as
// mkfs, cp or apt running). wrap() runs the command under `setsid -w sh -c`, so that the inner
// sh leads a new session and process group of its own (below sudo, when there is one); that
// sh reports its process group id on stderr (one marker line, taken out before anyone sees the
// output) and then runs the command, so the command and everything it starts stay in that
// group. The server needs setsid (util-linux). killCommand() is
// what a second channel runs to end the group: SIGTERM, SIGKILL after a grace period, and it
// returns only once no process of the group is left. Daemons that leave the group (setsid,
// e.g. glusterd) are not touched. The command's own text is unchanged: the wrapper is
// transport, like the sudo in front of it. Internal to the SSH layer; the UI only quotes
// graceSeconds.
namespace RemoteProcessGroup {
QString wrap(const QString &commandLine);
// The process group id from a stderr line, when the line is the wrapper's marker.
std::optional<qint64> parseMarker(const QString &stderrLine);
QString killCommand(qint64 processGroup);
// Seconds between SIGTERM and SIGKILL.
constexpr int graceSeconds = 10;
} // namespace RemoteProcessGroup
