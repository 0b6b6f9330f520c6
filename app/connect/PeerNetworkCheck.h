#pragma once

#include "connect/ConnectionCheck.h"
#include "facts/HostFacts.h"
#include "spec/SetupSpec.h"

#include <QCoreApplication>
#include <QString>

// What the connectivity page shows for the last two checks of a server, read from its facts:
// do the private names of the pair resolve there, and does TCP 24007 of each peer answer.
// Pure; the findings of ReadinessCheck hold the full sentences, this is the one-line summary.
struct PeerNetworkCheck
{
    Q_DECLARE_TR_FUNCTIONS(PeerNetworkCheck)

public:
    CheckStatus status = CheckStatus::Pending;
    QString detail; // translated, one line

    static PeerNetworkCheck names(const SetupSpec &spec, int index, const HostFacts &facts);
    static PeerNetworkCheck peerPort(const SetupSpec &spec, int index, const HostFacts &facts);
};
