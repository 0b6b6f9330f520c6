#pragma once

#include <QString>

// The exact command lines the health probe runs on a server: read-only, except the replication
// round trip, which writes one uniquely named file through the volume and removes it again.
// Every value is quoted by ShellQuote; output that is parsed is asked for with LC_ALL=C.
//
// The reads (gluster, findmnt) are the catalogue's (shell/RemoteReads.h), bounded by its one
// gluster timeout policy with the probe's timeout.
class HealthCommands
{
public:
    // timeoutSeconds bounds each gluster command on the server (at least 2). testFile is the
    // web test file relative to the volume root ("html/index.html"); empty: no web check.
    HealthCommands(const QString &volume, const QString &mountPath, const QString &brickMount,
                   int timeoutSeconds, const QString &testFile = QString());

    static QString glusterdRunning();
    QString peerStatus() const;
    QString volumeInfo() const;
    QString volumeStatus() const;
    QString healSummary() const;
    QString healSplitBrain() const;
    QString mount() const;
    QString fstab() const;
    QString brickSpace() const;
    // The first ServedFileLimit bytes of the web test file as the volume holds it, read through
    // this server's mount: what its web server must serve (the site's own page where there was
    // one, since the replication test never overwrites it). Empty when there is no test file.
    QString servedFile() const;
    static constexpr int ServedFileLimit = 65536;

    // The round trip's file: a hidden name in the volume's root (outside the web root).
    QString roundTripPath(const QString &token) const;
    // Writes content to the file, refusing when the mount path is not a glusterfs mount (the
    // file would land on the local disk underneath).
    QString roundTripWrite(const QString &token, const QString &content) const;
    // Prints the file once it exists (waits up to ~2 s for it), same refusal.
    QString roundTripRead(const QString &token) const;
    QString roundTripRemove(const QString &token) const;

    // Exit status of coreutils `timeout` when it had to stop the command.
    static constexpr int TimedOutStatus = 124;
    // Exit status of the round-trip commands when the mount path holds no glusterfs mount.
    static constexpr int NotMountedStatus = 3;

private:
    QString requireGlusterMount() const;
    QString bounded(const QString &script) const;

    QString m_volume;
    QString m_mountPath;
    QString m_brickMount;
    int m_timeoutSeconds;
    QString m_testFile;
};
