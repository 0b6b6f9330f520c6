#include "gluster/VolumeInfoParser.h"

#include "gluster/GlusterCliOutput.h"

#include <QCoreApplication>

namespace {
GlusterVolume::Status statusFrom(const QString &code, const QString &text)
{
    // glusterd's volume states: 0 created, 1 started, 2 stopped (statusStr says the same).
    int value = -1;
    GlusterCliOutput::toInt(code, &value);
    if (value == 1 || text == QLatin1String("Started"))
        return GlusterVolume::Status::Started;
    if (value == 2 || text == QLatin1String("Stopped"))
        return GlusterVolume::Status::Stopped;
    if (value == 0 || text == QLatin1String("Created"))
        return GlusterVolume::Status::Created;
    return GlusterVolume::Status::Unknown;
}

GlusterBrick brickFrom(const GlusterXmlElement &element)
{
    // 10.3 writes the name both as text of <brick> and as a <name> child; older ones only text.
    QString name = element.childText(QStringLiteral("name"));
    if (name.isEmpty())
        name = element.text.trimmed();
    GlusterBrick brick = GlusterBrick::fromName(name);
    brick.hostUuid = element.childText(QStringLiteral("hostUuid"));
    if (brick.hostUuid.isEmpty())
        brick.hostUuid = element.attribute(QStringLiteral("uuid"));
    brick.isArbiter = element.childText(QStringLiteral("isArbiter")) == QLatin1String("1");
    return brick;
}

GlusterVolume volumeFrom(const GlusterXmlElement &element)
{
    GlusterVolume volume;
    volume.name = element.childText(QStringLiteral("name"));
    volume.id = element.childText(QStringLiteral("id"));
    volume.statusText = element.childText(QStringLiteral("statusStr"));
    volume.status = statusFrom(element.childText(QStringLiteral("status")), volume.statusText);
    volume.typeText = element.childText(QStringLiteral("typeStr"));
    GlusterCliOutput::toInt(element.childText(QStringLiteral("brickCount")), &volume.brickCount);
    GlusterCliOutput::toInt(element.childText(QStringLiteral("replicaCount")),
                            &volume.replicaCount);
    GlusterCliOutput::toInt(element.childText(QStringLiteral("arbiterCount")),
                            &volume.arbiterCount);
    if (const GlusterXmlElement *bricks = element.child(QStringLiteral("bricks"))) {
        for (const GlusterXmlElement *brick : bricks->childrenNamed(QStringLiteral("brick")))
            volume.bricks.append(brickFrom(*brick));
    }
    if (const GlusterXmlElement *options = element.child(QStringLiteral("options"))) {
        for (const GlusterXmlElement *option : options->childrenNamed(QStringLiteral("option"))) {
            volume.options.append({option->childText(QStringLiteral("name")),
                                   option->childText(QStringLiteral("value"))});
        }
    }
    return volume;
}
} // namespace

GlusterResult<QList<GlusterVolume>> VolumeInfoParser::parse(const QByteArray &output)
{
    GlusterResult<QList<GlusterVolume>> result;
    const GlusterResult<GlusterXmlElement> document = GlusterCliOutput::parse(output);
    if (!document.ok()) {
        result.failure = document.failure;
        return result;
    }
    const GlusterXmlElement *volInfo = document.value.child(QStringLiteral("volInfo"));
    const GlusterXmlElement *volumes =
        volInfo ? volInfo->child(QStringLiteral("volumes")) : nullptr;
    if (!volumes) {
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("VolumeInfoParser", "<volInfo><volumes> is missing"));
        return result;
    }
    for (const GlusterXmlElement *volume : volumes->childrenNamed(QStringLiteral("volume"))) {
        GlusterVolume parsed = volumeFrom(*volume);
        if (parsed.name.isEmpty()) {
            result.failure = GlusterFailure::malformed(
                QCoreApplication::translate("VolumeInfoParser", "a volume has no name"));
            result.value.clear();
            return result;
        }
        result.value.append(parsed);
    }
    return result;
}
