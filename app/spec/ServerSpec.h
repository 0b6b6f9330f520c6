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

// One server of the pair, or of a set of three (two data servers and an arbiter, or three data
// servers), as the spec describes it.
struct ServerSpec
{
    // A data server holds a full copy of every file, mounts the volume and runs the web server.
    // An arbiter holds only names and metadata (a small brick): a witness that breaks the tie
    // when the two data servers lose sight of each other; it mounts nothing and serves nothing.
    enum class Role { Data, Arbiter };

    QString name;
    Role role = Role::Data;
    QString publicAddress;
    QString privateName;
    QString privateAddress;
    SshSpec ssh;
    QString disk;
    QString brickMount;
    QString brickDir = QStringLiteral("volume");

    bool isArbiter() const { return role == Role::Arbiter; }
    static QString roleName(Role role);
    static bool roleFromName(const QString &name, Role *role);

    // The brick as Gluster sees it: a sub-directory of the XFS mount (the seed's layout, which
    // avoids Gluster's "brick is a mount point" refusal).
    QString brickPath() const { return brickMount + QLatin1Char('/') + brickDir; }
    // "server01-private:/data/var-www/brick01/volume"
    QString glusterBrick() const { return privateName + QLatin1Char(':') + brickPath(); }
};
