#pragma once

#include <QString>

#include <optional>

// Transport for commands whose remote processes must end when they are cancelled (libssh2 1.10
// cannot send the SSH "signal" request, and closing the channel leaves a quiet command such as
// mkfs, cp or apt running). sshd starts every command's login shell as the leader of a new
// session and process group; wrap() makes that shell report its process group id on stderr
// (one marker line, taken out before anyone sees the output) and then exec the command, so
// the command and everything it starts, sudo included, stay in that group. killCommand() is
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
