#include "facts/RequiredPackages.h"

QStringList RequiredPackages::forFamily(OsFamily family, bool withWebServer)
{
    QStringList packages;
    switch (family) {
    case OsFamily::Debian:
        packages = {QStringLiteral("glusterfs-server"), QStringLiteral("glusterfs-client"),
                    QStringLiteral("xfsprogs"), QStringLiteral("curl")};
        break;
    case OsFamily::Fedora:
        packages = {QStringLiteral("glusterfs-server"), QStringLiteral("glusterfs-fuse"),
                    QStringLiteral("xfsprogs"), QStringLiteral("curl")};
        break;
    case OsFamily::Unknown:
        return {};
    }
    if (withWebServer)
        packages << webService(family);
    return packages;
}

QString RequiredPackages::webService(OsFamily family)
{
    return family == OsFamily::Fedora ? QStringLiteral("httpd") : QStringLiteral("apache2");
}

QString RequiredPackages::webPidFile(OsFamily family)
{
    return family == OsFamily::Fedora ? QStringLiteral("/run/httpd/httpd.pid")
                                      : QStringLiteral("/run/apache2/apache2.pid");
}
