#pragma once

#include "facts/HostFacts.h"

#include <QStringList>

// The distribution packages the pair needs on each server, by family: GlusterFS server and
// FUSE client, XFS tools, curl (for the replication test) and the web server when there is one.
namespace RequiredPackages {
QStringList forFamily(OsFamily family, bool withWebServer);
// The web server's package (= its service name) and pid file for the family.
QString webService(OsFamily family); // apache2 / httpd
QString webPidFile(OsFamily family); // /run/apache2/apache2.pid / /run/httpd/httpd.pid
} // namespace RequiredPackages
