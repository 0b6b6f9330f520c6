#include "facts/LsblkParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Real trees are two or three levels deep; the cap keeps hostile input from recursing deeply.
constexpr int kMaxDepth = 16;

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString(); // null (no filesystem, not mounted) or anything unexpected
}

BlockDevice readDevice(const QJsonObject &object, int depth)
{
    BlockDevice device;
    device.name = text(object.value(QStringLiteral("name")));
    device.type = text(object.value(QStringLiteral("type")));
    device.size = text(object.value(QStringLiteral("size")));
    device.fsType = text(object.value(QStringLiteral("fstype")));
    const QJsonValue many = object.value(QStringLiteral("mountpoints"));
    if (many.isArray()) {
        for (const QJsonValue &m : many.toArray()) {
            if (!text(m).isEmpty())
                device.mountpoints << text(m);
        }
    }
    const QString one = text(object.value(QStringLiteral("mountpoint")));
    if (!one.isEmpty() && !device.mountpoints.contains(one))
        device.mountpoints << one;
    const QJsonValue children = object.value(QStringLiteral("children"));
    if (children.isArray() && depth < kMaxDepth) {
        for (const QJsonValue &child : children.toArray()) {
            if (child.isObject())
                device.children << readDevice(child.toObject(), depth + 1);
        }
    }
    return device;
}
} // namespace

bool LsblkParser::parse(const QByteArray &json, QList<BlockDevice> *devices, QString *error)
{
    devices->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("lsblk output is not JSON");
        return false;
    }
    const QJsonValue list = document.object().value(QStringLiteral("blockdevices"));
    if (!list.isArray()) {
        *error = QStringLiteral("lsblk output has no \"blockdevices\" list");
        return false;
    }
    for (const QJsonValue &value : list.toArray()) {
        if (value.isObject())
            devices->append(readDevice(value.toObject(), 0));
    }
    return true;
}
