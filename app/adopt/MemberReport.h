#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// What AdoptCommands::memberReport() printed on one pool member, read from its "key=value"
// lines (findmnt's -r escapes, e.g. "\x20", are decoded). Unknown keys are ignored.
struct MemberReport
{
    struct Mount
    {
        QString target;  // "/var/www"
        QString source;  // "server01-private:/var-www"
        QString options; // fstab lines only
    };

    QString hostname;
    QString reachedAddress;           // where this SSH connection arrived ($SSH_CONNECTION)
    QHash<QString, QString> resolves; // name -> IPv4 address (empty: does not resolve)
    QList<Mount> mounts;              // gluster mounts now
    QList<Mount> fstab;               // gluster lines of /etc/fstab
    QString brickMount;               // the mount point holding the brick
    QString brickDevice;              // its source ("/dev/vdb")
    QString brickFsType;              // "xfs"
    bool hasWebServer = false;
    bool webServerRunning = false;
    QString documentRoot;

    static MemberReport parse(const QByteArray &output);

    // The mount (or fstab line) of VOLUME: its source is "HOST:/VOLUME" or "HOST:VOLUME".
    static const Mount *ofVolume(const QList<Mount> &mounts, const QString &volume);
};
