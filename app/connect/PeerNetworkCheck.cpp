#include "connect/PeerNetworkCheck.h"

#include "spec/FieldRules.h"

#include <QStringList>

namespace {
QString privateAddressOf(const SetupSpec &spec, const QString &privateName)
{
    for (const ServerSpec &server : spec.servers) {
        if (server.privateName == privateName)
            return FieldRules::canonicalAddress(server.privateAddress);
    }
    return {};
}
} // namespace

PeerNetworkCheck PeerNetworkCheck::names(const SetupSpec &spec, int index, const HostFacts &facts)
{
    Q_UNUSED(index)
    QStringList resolved;
    QStringList unresolved;
    QStringList wrong;
    for (const ServerSpec &server : spec.servers) {
        const QString expected = FieldRules::canonicalAddress(server.privateAddress);
        const NameResolution *r = facts.resolution(server.privateName);
        if (!r || r->addresses.isEmpty())
            unresolved << server.privateName;
        else if (r->addresses.contains(expected))
            resolved << QStringLiteral("%1 → %2").arg(server.privateName, expected);
        else
            wrong << QStringLiteral("%1 → %2").arg(server.privateName, r->addresses.first());
    }
    PeerNetworkCheck check;
    if (!wrong.isEmpty()) {
        check.status = CheckStatus::Failed;
        check.detail = tr("wrong address: %1").arg(wrong.join(QStringLiteral(", ")));
        return check;
    }
    if (unresolved.isEmpty()) {
        check.status = CheckStatus::Passed;
        check.detail = resolved.join(QStringLiteral("; "));
        return check;
    }
    // The real result: these names do not resolve (yet). The plan writes them into /etc/hosts,
    // but until then nothing has shown that they will reach the right server.
    check.status = CheckStatus::NotChecked;
    QStringList parts{tr("not resolving yet: %1 (added to /etc/hosts by the plan)")
                          .arg(unresolved.join(QStringLiteral(", ")))};
    parts << resolved;
    check.detail = parts.join(QStringLiteral("; "));
    return check;
}

PeerNetworkCheck PeerNetworkCheck::peerPort(const SetupSpec &spec, int index,
                                            const HostFacts &facts)
{
    Q_UNUSED(index)
    PeerNetworkCheck check;
    check.status = CheckStatus::Passed;
    QStringList parts;
    bool notChecked = false;
    for (const PortProbe &port : facts.ports) {
        // Tested by private address, so the answer does not depend on the names resolving.
        const QString peer =
            QStringLiteral("%1 (%2)").arg(port.peer, privateAddressOf(spec, port.peer));
        switch (port.state) {
        case PortState::Open:
            parts << tr("%1 answers").arg(peer);
            break;
        case PortState::Refused:
            parts << tr("%1 reachable (glusterd not running yet)").arg(peer);
            break;
        case PortState::TimedOut:
            check.status = CheckStatus::Failed;
            parts << tr("%1 does not answer (filtered)").arg(peer);
            break;
        case PortState::Unreachable:
            check.status = CheckStatus::Failed;
            parts << tr("%1 unreachable").arg(peer);
            break;
        case PortState::Unknown:
            notChecked = true;
            parts << tr("%1 could not be tested").arg(peer);
            break;
        }
    }
    if (facts.ports.isEmpty()) {
        notChecked = true;
        parts << tr("no peer was tested");
    }
    if (notChecked && check.status == CheckStatus::Passed)
        check.status = CheckStatus::NotChecked;
    check.detail = parts.join(QStringLiteral("; "));
    return check;
}
