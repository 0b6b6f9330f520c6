// HealthReport <-> JSON. The format is described in HEALTH-JSON.md: change both together.
#include "health/HealthReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString FormatName = QStringLiteral("gluster-ha-wizard/health");

QJsonObject checkToJson(const HealthCheck &check)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), check.id);
    object.insert(QStringLiteral("server"), check.server);
    object.insert(QStringLiteral("subject"), check.subject);
    object.insert(QStringLiteral("title"), check.title);
    object.insert(QStringLiteral("state"), HealthCheck::stateName(check.state));
    object.insert(QStringLiteral("reason"), check.reason);
    object.insert(QStringLiteral("fixCommands"), QJsonArray::fromStringList(check.fixCommands));
    object.insert(QStringLiteral("breaksService"), check.breaksService);
    if (check.count >= 0)
        object.insert(QStringLiteral("count"), check.count);
    return object;
}

QJsonObject rawToJson(const HealthRawOutput &raw)
{
    QJsonObject object;
    object.insert(QStringLiteral("server"), raw.server);
    object.insert(QStringLiteral("command"), raw.command);
    object.insert(QStringLiteral("exitStatus"), raw.exitStatus);
    object.insert(QStringLiteral("timedOut"), raw.timedOut);
    if (raw.durationMs >= 0)
        object.insert(QStringLiteral("durationMs"), raw.durationMs);
    object.insert(QStringLiteral("output"), raw.output);
    return object;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}
} // namespace

QByteArray HealthReport::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), JsonFormatVersion);
    root.insert(QStringLiteral("volume"), volumeName);
    if (observedAt.isValid())
        root.insert(QStringLiteral("observedAt"), observedAt.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("overall"), overallName(overall()));
    root.insert(QStringLiteral("summary"), summary());
    QJsonArray checkArray;
    for (const HealthCheck &check : checks)
        checkArray.append(checkToJson(check));
    root.insert(QStringLiteral("checks"), checkArray);
    QJsonArray rawArray;
    for (const HealthRawOutput &raw : rawOutputs)
        rawArray.append(rawToJson(raw));
    root.insert(QStringLiteral("rawOutputs"), rawArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool HealthReport::fromJson(const QByteArray &json, HealthReport *report, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(QCoreApplication::translate("HealthReport", "not a health report"));
    if (root.value(QStringLiteral("version")).toInt() != JsonFormatVersion)
        return fail(QCoreApplication::translate("HealthReport", "unsupported version %1")
                        .arg(root.value(QStringLiteral("version")).toInt()));
    HealthReport read;
    read.volumeName = root.value(QStringLiteral("volume")).toString();
    read.observedAt =
        QDateTime::fromString(root.value(QStringLiteral("observedAt")).toString(), Qt::ISODate);
    const QJsonArray checkArray = root.value(QStringLiteral("checks")).toArray();
    for (const QJsonValue &value : checkArray) {
        const QJsonObject object = value.toObject();
        HealthCheck check;
        check.id = object.value(QStringLiteral("id")).toString();
        check.server = object.value(QStringLiteral("server")).toString();
        check.subject = object.value(QStringLiteral("subject")).toString();
        check.title = object.value(QStringLiteral("title")).toString();
        if (!HealthCheck::stateFromName(object.value(QStringLiteral("state")).toString(),
                                        &check.state))
            return fail(QCoreApplication::translate("HealthReport", "a check has no valid state"));
        check.reason = object.value(QStringLiteral("reason")).toString();
        check.fixCommands = stringList(object.value(QStringLiteral("fixCommands")));
        check.breaksService = object.value(QStringLiteral("breaksService")).toBool();
        check.count = object.value(QStringLiteral("count")).toInt(-1);
        read.checks.append(check);
    }
    const QJsonArray rawArray = root.value(QStringLiteral("rawOutputs")).toArray();
    for (const QJsonValue &value : rawArray) {
        const QJsonObject object = value.toObject();
        HealthRawOutput raw;
        raw.server = object.value(QStringLiteral("server")).toString();
        raw.command = object.value(QStringLiteral("command")).toString();
        raw.exitStatus = object.value(QStringLiteral("exitStatus")).toInt(-1);
        raw.timedOut = object.value(QStringLiteral("timedOut")).toBool();
        raw.durationMs = object.value(QStringLiteral("durationMs")).toInt(-1);
        raw.output = object.value(QStringLiteral("output")).toString();
        read.rawOutputs.append(raw);
    }
    *report = read;
    return true;
}
