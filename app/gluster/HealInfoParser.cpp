#include "gluster/HealInfoParser.h"

#include "gluster/GlusterCliOutput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
std::optional<int> countFrom(const GlusterXmlElement &brick, const QString &elementName)
{
    if (!brick.child(elementName))
        return std::nullopt;
    int value = 0;
    if (!GlusterCliOutput::toInt(brick.childText(elementName), &value) || value < 0)
        return std::nullopt; // "-": gluster could not count
    return value;
}

QString cleanedStatus(const QString &status)
{
    // glusterfs 10.3 `info summary` glues the next field's name and value onto the status of an
    // unreachable brick: "Failed to ... (Transport endpoint is not
    // connected)totalNumberOfEntries0".
    static const QRegularExpression gluedField(QStringLiteral("\\)[a-zA-Z]+-?\\d*\\s*$"));
    QString cleaned = status.trimmed();
    const QRegularExpressionMatch match = gluedField.match(cleaned);
    if (match.hasMatch())
        cleaned.truncate(match.capturedStart() + 1);
    return cleaned;
}

GlusterHealBrick brickFrom(const GlusterXmlElement &element)
{
    GlusterHealBrick brick;
    brick.name = element.childText(QStringLiteral("name"));
    brick.hostUuid = element.attribute(QStringLiteral("hostUuid")).trimmed();
    if (brick.hostUuid == QLatin1String("-"))
        brick.hostUuid.clear();
    brick.status = cleanedStatus(element.childText(QStringLiteral("status")));
    for (const GlusterXmlElement *file : element.childrenNamed(QStringLiteral("file"))) {
        GlusterHealEntry entry;
        entry.path = file->text.trimmed();
        entry.gfid = file->attribute(QStringLiteral("gfid")).trimmed();
        brick.entries.append(entry);
    }
    brick.numberOfEntries = countFrom(element, QStringLiteral("numberOfEntries"));
    brick.totalEntries = countFrom(element, QStringLiteral("totalNumberOfEntries"));
    brick.healPendingEntries = countFrom(element, QStringLiteral("numberOfEntriesInHealPending"));
    brick.splitBrainEntries = countFrom(element, QStringLiteral("numberOfEntriesInSplitBrain"));
    brick.possiblyHealingEntries =
        countFrom(element, QStringLiteral("numberOfEntriesPossiblyHealing"));
    return brick;
}
} // namespace

GlusterResult<QList<GlusterHealBrick>> HealInfoParser::parse(const QByteArray &output)
{
    GlusterResult<QList<GlusterHealBrick>> result;
    const GlusterResult<GlusterXmlElement> document = GlusterCliOutput::parse(output);
    if (!document.ok()) {
        result.failure = document.failure;
        return result;
    }
    const GlusterXmlElement *healInfo = document.value.child(QStringLiteral("healInfo"));
    const GlusterXmlElement *bricks =
        healInfo ? healInfo->child(QStringLiteral("bricks")) : nullptr;
    if (!bricks) {
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("HealInfoParser", "<healInfo><bricks> is missing"));
        return result;
    }
    for (const GlusterXmlElement *brick : bricks->childrenNamed(QStringLiteral("brick"))) {
        GlusterHealBrick parsed = brickFrom(*brick);
        if (parsed.name.isEmpty()) {
            result.failure = GlusterFailure::malformed(
                QCoreApplication::translate("HealInfoParser", "a brick has no name"));
            result.value.clear();
            return result;
        }
        result.value.append(parsed);
    }
    return result;
}
