#pragma once

#include "adopt/DiscoveredPair.h"
#include "adopt/PoolMember.h"
#include "gluster/GlusterPeer.h"
#include "gluster/GlusterVolume.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The rules of the discovery, without any connection: which volume, which servers hold it, how
// to reach the others, and the setup spec built from what each server reported. Every value
// read from a server passes the spec's FieldRules before it enters the spec.
class AdoptedSpecBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AdoptedSpecBuilder)

public:
    // The volume to adopt: the requested one, else the only one. Empty with *refusal set when
    // there is none, it is not there, or there are several and none was requested (listed).
    static QString chooseVolume(const QList<GlusterVolume> &volumes, const QString &requested,
                                QString *refusal);

    // One member per brick of VOLUME, in the volume's order; the first server is the pool's
    // "localhost". Empty with *refusal set when the layout is not one this version adopts.
    static QList<PoolMember> membersOf(const GlusterVolume &volume, const QList<GlusterPeer> &pool,
                                       const SshSpec &first, QString *refusal);

    // The names worth resolving on the first server for the other members' public names:
    // each private name's prefixes before a '-' or '.' ("server02-private" -> "server02"),
    // and every member's private name.
    static QStringList namesToResolve(const QList<PoolMember> &members);

    // How to reach each other member, once the first one has reported: the same user, port and
    // key as the first; its host is the public name derived from the private name the way the
    // first server's names relate (server01 / server01-private), as ~/.ssh/config declares
    // it, else the address the first server resolves that name to, else the private name.
    static void chooseSshTargets(QList<PoolMember> *members, const MemberReport &firstReport,
                                 const SshSpec &first, const QStringList &sshConfigHosts);

    static DiscoveredPair build(const GlusterVolume &volume, const QList<PoolMember> &members,
                                const QStringList &volumeNames);
};
