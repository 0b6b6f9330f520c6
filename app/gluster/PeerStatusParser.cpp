#include "gluster/PeerStatusParser.h"

#include "gluster/GlusterCliOutput.h"

#include <QCoreApplication>

namespace {
GlusterPeer peerFrom(const GlusterXmlElement &element)
{
    GlusterPeer peer;
    peer.uuid = element.childText(QStringLiteral("uuid"));
    peer.hostname = element.childText(QStringLiteral("hostname"));
    if (const GlusterXmlElement *names = element.child(QStringLiteral("hostnames"))) {
        for (const GlusterXmlElement *name : names->childrenNamed(QStringLiteral("hostname")))
            peer.hostnames.append(name->text.trimmed());
    }
    peer.connected = element.childText(QStringLiteral("connected")) == QLatin1String("1");
    if (!GlusterCliOutput::toInt(element.childText(QStringLiteral("state")), &peer.state))
        peer.state = -1;
    peer.stateText = element.childText(QStringLiteral("stateStr"));
    return peer;
}
} // namespace

GlusterResult<QList<GlusterPeer>> PeerStatusParser::parse(const QByteArray &output)
{
    GlusterResult<QList<GlusterPeer>> result;
    const GlusterResult<GlusterXmlElement> document = GlusterCliOutput::parse(output);
    if (!document.ok()) {
        result.failure = document.failure;
        return result;
    }
    const GlusterXmlElement *peerStatus = document.value.child(QStringLiteral("peerStatus"));
    if (!peerStatus) {
        // A server alone in its pool prints an empty <peerStatus/>; no element at all is wrong.
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("PeerStatusParser", "<peerStatus> is missing"));
        return result;
    }
    for (const GlusterXmlElement *peer : peerStatus->childrenNamed(QStringLiteral("peer"))) {
        GlusterPeer parsed = peerFrom(*peer);
        if (parsed.uuid.isEmpty() && parsed.hostname.isEmpty()) {
            result.failure = GlusterFailure::malformed(QCoreApplication::translate(
                "PeerStatusParser", "a peer has neither uuid nor hostname"));
            result.value.clear();
            return result;
        }
        result.value.append(parsed);
    }
    return result;
}
