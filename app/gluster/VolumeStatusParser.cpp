#include "gluster/VolumeStatusParser.h"

#include "gluster/GlusterCliOutput.h"

#include <QCoreApplication>

namespace {
int numberOrMinusOne(const QString &text)
{
    int value = -1;
    if (!GlusterCliOutput::toInt(text, &value))
        return -1;
    return value;
}

GlusterProcess processFrom(const GlusterXmlElement &node)
{
    GlusterProcess process;
    process.hostname = node.childText(QStringLiteral("hostname"));
    process.path = node.childText(QStringLiteral("path"));
    process.peerId = node.childText(QStringLiteral("peerid"));
    process.online = node.childText(QStringLiteral("status")) == QLatin1String("1");
    process.pid = numberOrMinusOne(node.childText(QStringLiteral("pid")));
    process.tcpPort = numberOrMinusOne(node.childText(QStringLiteral("port")));
    if (const GlusterXmlElement *ports = node.child(QStringLiteral("ports")))
        process.tcpPort = numberOrMinusOne(ports->childText(QStringLiteral("tcp")));
    // Bricks have an absolute directory as path; daemons carry the host name there instead.
    if (process.path.startsWith(QLatin1Char('/')))
        process.kind = GlusterProcess::Kind::Brick;
    else if (process.hostname == QLatin1String("Self-heal Daemon"))
        process.kind = GlusterProcess::Kind::SelfHealDaemon;
    else
        process.kind = GlusterProcess::Kind::OtherDaemon;
    return process;
}
} // namespace

GlusterResult<QList<GlusterVolumeStatus>> VolumeStatusParser::parse(const QByteArray &output)
{
    GlusterResult<QList<GlusterVolumeStatus>> result;
    const GlusterResult<GlusterXmlElement> document = GlusterCliOutput::parse(output);
    if (!document.ok()) {
        result.failure = document.failure;
        return result;
    }
    const GlusterXmlElement *volStatus = document.value.child(QStringLiteral("volStatus"));
    const GlusterXmlElement *volumes =
        volStatus ? volStatus->child(QStringLiteral("volumes")) : nullptr;
    if (!volumes) {
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("VolumeStatusParser", "<volStatus><volumes> is missing"));
        return result;
    }
    for (const GlusterXmlElement *volume : volumes->childrenNamed(QStringLiteral("volume"))) {
        GlusterVolumeStatus status;
        status.volumeName = volume->childText(QStringLiteral("volName"));
        if (status.volumeName.isEmpty()) {
            result.failure = GlusterFailure::malformed(
                QCoreApplication::translate("VolumeStatusParser", "a volume has no name"));
            result.value.clear();
            return result;
        }
        for (const GlusterXmlElement *node : volume->childrenNamed(QStringLiteral("node")))
            status.processes.append(processFrom(*node));
        result.value.append(status);
    }
    return result;
}
