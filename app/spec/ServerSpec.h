#pragma once

#include <QString>

// How to reach one server over SSH. Empty user and port 0 mean "not set": what OpenSSH would
// resolve for the host (`ssh -G`) applies. Secrets (passwords, passphrases) are never part of it.
struct SshSpec
{
    enum class Auth { Agent, Key, Password };

    QString host;
    int port = 0;
    QString user;
    Auth auth = Auth::Agent;
    QString identityFile;

    static QString authName(Auth auth);
    static bool authFromName(const QString &name, Auth *auth);
};

// One server of the pair (or of a later arbiter/replica-3 set), as the spec describes it.
struct ServerSpec
{
    QString name;
    QString publicAddress;
    QString privateName;
    QString privateAddress;
    SshSpec ssh;
    QString disk;
    QString brickMount;
    QString brickDir = QStringLiteral("volume");

    // The brick as Gluster sees it: a sub-directory of the XFS mount (the seed's layout, which
    // avoids Gluster's "brick is a mount point" refusal).
    QString brickPath() const { return brickMount + QLatin1Char('/') + brickDir; }
    // "server01-private:/data/var-www/brick01/volume"
    QString glusterBrick() const { return privateName + QLatin1Char(':') + brickPath(); }
};
