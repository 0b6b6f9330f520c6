#pragma once

#include "spec/SetupSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// `--wipe SERVER:DEVICE` (or the disk's name typed on the Disks page): the administrator's
// explicit permission to erase a disk that already holds a filesystem, partition table or other
// signature. Without it such a disk is refused; a mounted or system disk is refused even with it
// (the step checks that on the server at run time). The permission is bound to the disk's
// identity as the check saw it (size, serial, WWN, signature UUIDs: StepSnippets::diskIdentity);
// the format step compares it again right before mkfs and refuses a disk that changed. An
// unbound request (no identity) permits nothing. It is a decision for one run, not part of the
// spec file.
struct WipeRequest
{
    Q_DECLARE_TR_FUNCTIONS(WipeRequest)

public:
    QString server;
    QString device;
    QString identity; // `disk_identity` of the device at check time; empty until bound

    bool operator==(const WipeRequest &other) const
    {
        return server == other.server && device == other.device && identity == other.identity;
    }
    bool isBound() const { return !identity.isEmpty(); }

    // Parses "server01:/dev/vdb" and checks it names a server of the spec and that server's
    // disk. On failure returns false and sets *error to one clear sentence.
    static bool parse(const QString &text, const SetupSpec &spec, WipeRequest *request,
                      QString *error);
    // A request for server's device, bound or not.
    static bool covers(const QList<WipeRequest> &wipes, const QString &server,
                       const QString &device);
    // The request for server's device, or null.
    static const WipeRequest *find(const QList<WipeRequest> &wipes, const QString &server,
                                   const QString &device);
    // Each request bound to the identity its server's disk shows now (identities in the
    // spec's server order, as HostFacts::diskIdentities gives them).
    static QList<WipeRequest> bound(const QList<WipeRequest> &wipes, const SetupSpec &spec,
                                    const QStringList &identities);
};
