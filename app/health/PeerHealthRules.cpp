#include "health/PeerHealthRules.h"

#include "health/HealthContext.h"
#include "health/HealthFixCommands.h"

#include <QCoreApplication>

namespace {
const GlusterPeer *findPeer(const QList<GlusterPeer> &peers, const ServerObservation &other)
{
    for (const GlusterPeer &peer : peers) {
        if (peer.isKnownAs(other.privateName) || peer.isKnownAs(other.name))
            return &peer;
    }
    return nullptr;
}

HealthCheck peerCheck(const ServerObservation &self, const ServerObservation &other,
                      const GlusterPeer *peer)
{
    const QString title = QCoreApplication::translate("PeerHealthRules", "Peer");
    HealthCheck check;
    if (!peer) {
        check = HealthCheck::make(
            QStringLiteral("peer"), self.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate("PeerHealthRules",
                                        "%1 does not have %2 in its trusted pool, so they do not "
                                        "share the volume.")
                .arg(self.name, other.privateName));
        check.fixCommands.append(HealthFixCommands::peerProbe(other.privateName));
    } else if (!peer->connected) {
        check = HealthCheck::make(
            QStringLiteral("peer"), self.name, title, HealthCheck::State::Fail,
            QCoreApplication::translate(
                "PeerHealthRules",
                "%1 sees %2 as disconnected (gluster still says \"%3\", which only means it "
                "belongs to the pool). Changes made meanwhile are replicated once it is back.")
                .arg(self.name, other.privateName, peer->stateText));
    } else {
        check = HealthCheck::make(
            QStringLiteral("peer"), self.name, title, HealthCheck::State::Ok,
            QCoreApplication::translate("PeerHealthRules", "%1 sees %2 connected.")
                .arg(self.name, other.privateName));
    }
    check.subject = other.privateName;
    return check;
}

void appendPeerChecks(const HealthContext &context, const ParsedServerView &view,
                      QList<HealthCheck> *checks)
{
    const ServerObservation &self = *view.server;
    const QString title = QCoreApplication::translate("PeerHealthRules", "Peer status");
    if (!view.peers) {
        // Not asked because glusterd is not running: the glusterd check says it once.
        if (context.glusterdDown(view))
            return;
        checks->append(HealthCheck::make(
            QStringLiteral("peer"), self.name, title, HealthCheck::State::Unknown,
            QCoreApplication::translate("PeerHealthRules", "The peer status was not checked.")));
        return;
    }
    if (!view.peers->ok()) {
        // glusterd down is the glusterd check's business; say it once.
        if (context.glusterdDown(view))
            return;
        checks->append(HealthCheck::make(
            QStringLiteral("peer"), self.name, title, HealthCheck::State::Unknown,
            QCoreApplication::translate("PeerHealthRules",
                                        "%1 Bricks and heal info are checked separately, "
                                        "because the peer status alone can look fine during "
                                        "a network partition.")
                .arg(view.peers->errorString())));
        return;
    }
    for (const ServerObservation &other : context.observations().servers) {
        if (&other != &self)
            checks->append(peerCheck(self, other, findPeer(view.peers->value, other)));
    }
}

// Both sides run glusterd and each sees the other disconnected: the private link is cut, and
// with replica 2 and no quorum each side keeps accepting writes alone.
void appendPartitionCheck(const HealthContext &context, QList<HealthCheck> *checks)
{
    QList<const ParsedServerView *> answering;
    for (const ParsedServerView &view : context.views()) {
        if (context.glusterdRunning(view) && view.peers && view.peers->ok())
            answering.append(&view);
    }
    if (answering.size() < 2)
        return;
    QStringList names;
    for (const ParsedServerView *view : answering) {
        names.append(view->server->name);
        for (const ParsedServerView *other : answering) {
            if (other == view)
                continue;
            const GlusterPeer *peer = findPeer(view->peers->value, *other->server);
            if (!peer || peer->connected)
                return;
        }
    }
    HealthCheck check = HealthCheck::make(
        QStringLiteral("partition"), QString(),
        QCoreApplication::translate("PeerHealthRules", "Private network"), HealthCheck::State::Fail,
        QCoreApplication::translate(
            "PeerHealthRules",
            "These servers run glusterd but cannot see each other over the private network: "
            "%1. Each side keeps serving and writing on its own: a file changed on both sides "
            "ends in split-brain. Restore the private link (cable, interface, firewall on port "
            "24007 and the brick ports).")
            .arg(names.join(QLatin1String(", "))));
    checks->append(check);
}
} // namespace

void PeerHealthRules::append(const HealthContext &context, QList<HealthCheck> *checks)
{
    if (context.observations().servers.size() < 2)
        return;
    for (const ParsedServerView &view : context.views()) {
        if (view.reachable())
            appendPeerChecks(context, view, checks);
    }
    appendPartitionCheck(context, checks);
}
