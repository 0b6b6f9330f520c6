#include "facts/MountTableParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString field(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isString() ? value.toString() : QString();
}
} // namespace

bool MountTableParser::parse(const QByteArray &json, QList<MountEntry> *entries)
{
    entries->clear();
    if (json.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonValue list = document.object().value(QStringLiteral("filesystems"));
    if (!list.isArray())
        return false;
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        entries->append({field(object, "target"), field(object, "source"), field(object, "fstype"),
                         field(object, "maj:min"), field(object, "options")});
    }
    return true;
}

QList<MountEntry> MountTableParser::at(const QList<MountEntry> &entries, const QString &path)
{
    QList<MountEntry> found;
    for (const MountEntry &entry : entries) {
        if (entry.target == path)
            found << entry;
    }
    return found;
}
