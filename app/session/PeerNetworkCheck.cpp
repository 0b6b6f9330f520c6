#include "session/PeerNetworkCheck.h"

#include "spec/FieldRules.h"

#include <QStringList>

PeerNetworkCheck PeerNetworkCheck::names(const SetupSpec &spec, int index, const HostFacts &facts)
{
    Q_UNUSED(index)
    QStringList resolved;
    QStringList added;
    QStringList wrong;
    for (const ServerSpec &server : spec.servers) {
        const QString expected = FieldRules::canonicalAddress(server.privateAddress);
        const NameResolution *r = facts.resolution(server.privateName);
        if (!r || r->addresses.isEmpty())
            added << server.privateName;
        else if (r->addresses.contains(expected))
            resolved << QStringLiteral("%1 → %2").arg(server.privateName, expected);
        else
            wrong << QStringLiteral("%1 → %2").arg(server.privateName, r->addresses.first());
    }
    PeerNetworkCheck check;
    if (!wrong.isEmpty()) {
        check.status = CheckStatus::Failed;
        check.detail = tr("wrong address: %1").arg(wrong.join(QStringLiteral(", ")));
    } else {
        check.status = CheckStatus::Passed;
        QStringList parts = resolved;
        if (!added.isEmpty())
            parts << tr("%1 will be added to /etc/hosts").arg(added.join(QStringLiteral(", ")));
        check.detail = parts.join(QStringLiteral("; "));
    }
    return check;
}

PeerNetworkCheck PeerNetworkCheck::peerPort(const SetupSpec &spec, int index,
                                            const HostFacts &facts)
{
    Q_UNUSED(spec)
    Q_UNUSED(index)
    PeerNetworkCheck check;
    check.status = CheckStatus::Passed;
    QStringList parts;
    for (const PortProbe &port : facts.ports) {
        switch (port.state) {
        case PortState::Open:
            parts << tr("%1 answers").arg(port.peer);
            break;
        case PortState::Refused:
            parts << tr("%1 reachable (glusterd not running yet)").arg(port.peer);
            break;
        case PortState::Unresolved:
            parts << tr("%1 tested once its name is in /etc/hosts").arg(port.peer);
            break;
        case PortState::TimedOut:
            check.status = CheckStatus::Failed;
            parts << tr("%1 does not answer (filtered)").arg(port.peer);
            break;
        case PortState::Unreachable:
            check.status = CheckStatus::Failed;
            parts << tr("%1 unreachable").arg(port.peer);
            break;
        case PortState::Unknown:
            check.status = CheckStatus::Failed;
            parts << tr("%1 could not be tested").arg(port.peer);
            break;
        }
    }
    check.detail = parts.join(QStringLiteral("; "));
    return check;
}
