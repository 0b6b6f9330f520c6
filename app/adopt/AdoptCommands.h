#pragma once

#include <QString>
#include <QStringList>

// Every remote command of the discovery (`adopt`), in one place: all of them only read. The
// gluster reads come from the catalogue (shell/RemoteReads); the member report is discovery's own
// script. Values reach the shell only through ShellTemplate (ShellQuote::quote).
namespace AdoptCommands {
// Needs root (sudo when the login is not root). gluster answers in XML; a server without
// glusterd prints plain text that GlusterFailure classifies.
QString poolList();
QString volumeInfo();

// Runs as the login user (no sudo: $SSH_CONNECTION names the address the server was reached
// on). Prints one "key=value" line per fact, see MemberReport: the host name, the reached
// address, the addresses RESOLVE names resolve to on this server, the gluster mounts and fstab
// lines, the file system holding BRICK, the web server and its document root.
QString memberReport(const QString &brickPath, const QStringList &resolve);
} // namespace AdoptCommands
