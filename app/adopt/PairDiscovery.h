#pragma once

#include "adopt/DiscoveredPair.h"
#include "adopt/PoolMember.h"
#include "gluster/GlusterVolume.h"
#include "spec/SetupSpec.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class SshSession;

// Discovers an existing pair from one server, only reading: the pool and its volumes there,
// then each member of the chosen volume (its mount, fstab, brick file system, web server,
// public address). It makes no connection itself: the front connects (with its own host-key
// and secret prompts) and hands the sessions over —
//   readFirst(session) → membersNeeded() → memberConnected(i, session) / memberUnreachable(i)
// for each server of membersToConnect() → finished(); result() holds the spec and the gaps.
class PairDiscovery : public QObject
{
    Q_OBJECT
public:
    // FIRST: how the first server is reached; VOLUME: the one to adopt (empty: the only one);
    // SSHCONFIGHOSTS: the hosts ~/.ssh/config declares (SshConfigHosts).
    PairDiscovery(const SshSpec &first, const QString &volume, const QStringList &sshConfigHosts,
                  QObject *parent = nullptr);

    void readFirst(SshSession *session);
    void firstUnreachable(const QString &why);

    // The other members to connect, as servers of a spec (name and ssh only).
    SetupSpec membersToConnect() const;
    void memberConnected(int index, SshSession *session);
    void memberUnreachable(int index, const QString &why);

    bool isFinished() const { return m_finished; }
    const DiscoveredPair &result() const { return m_result; }

signals:
    void progress(const QString &line);
    void membersNeeded();
    void finished();

private:
    using Done = std::function<void(bool ok, const QByteArray &out, const QString &why)>;
    void run(SshSession *session, const QString &command, bool asRoot, const Done &done);
    void onPool(const QByteArray &output, const QString &why);
    void onVolumes(const QByteArray &output, const QString &why);
    void onFirstReport(const QByteArray &output, const QString &why);
    void settleMember();
    void refuse(const QString &why);
    void finish();
    int memberIndex(int connectIndex) const;

    SshSpec m_first;
    QString m_requestedVolume;
    QStringList m_sshConfigHosts;
    SshSession *m_firstSession = nullptr;
    QString m_firstName;
    QList<GlusterVolume> m_volumes;
    GlusterVolume m_volume;
    QList<PoolMember> m_members;
    QList<int> m_toConnect; // indexes into m_members, in membersToConnect() order
    int m_pendingMembers = 0;
    DiscoveredPair m_result;
    QByteArray m_pool;
    bool m_finished = false;
};
