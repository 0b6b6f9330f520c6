#include "health/HealthEvaluator.h"

#include "health/HealHealthRules.h"
#include "health/HealthContext.h"
#include "health/MountHealthRules.h"
#include "health/PeerHealthRules.h"
#include "health/ServerHealthRules.h"
#include "health/VolumeHealthRules.h"
#include "health/WebHealthRules.h"

#include <QRegularExpression>

namespace {
// Raw outputs go into exported files: mask anything that looks like a credential option
// (fstab lines of other mounts can carry `password=`).
QString masked(const QString &text)
{
    static const QRegularExpression credential(
        QStringLiteral("((?:pass(?:word)?|secret|credentials?|token|key)=)[^,\\s]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(credential, QStringLiteral("\\1***"));
    return result;
}

void appendRaw(const ServerObservation &server, const ObservedCommand &command,
               QList<HealthRawOutput> *raws)
{
    if (!command.ran)
        return;
    HealthRawOutput raw;
    raw.server = server.name;
    raw.command = command.command;
    raw.exitStatus = command.exitStatus;
    raw.timedOut = command.timedOut;
    raw.durationMs = command.durationMs;
    QString text = QString::fromUtf8(command.output);
    if (!command.errorOutput.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        text += QString::fromUtf8(command.errorOutput);
    }
    raw.output = masked(text);
    raws->append(raw);
}
} // namespace

HealthReport HealthEvaluator::evaluate(const HealthObservations &observations)
{
    const HealthContext context(observations);
    HealthReport report;
    report.volumeName = observations.volumeName;
    report.observedAt = observations.observedAt;
    ServerHealthRules::append(context, &report.checks);
    PeerHealthRules::append(context, &report.checks);
    VolumeHealthRules::append(context, &report.checks);
    HealHealthRules::append(context, &report.checks);
    MountHealthRules::append(context, &report.checks);
    WebHealthRules::append(context, &report.checks);
    for (const ServerObservation &server : observations.servers) {
        for (const ObservedCommand *command :
             {&server.glusterdRunning, &server.peerStatus, &server.volumeInfo, &server.volumeStatus,
              &server.healInfo, &server.healSummary, &server.healSplitBrain, &server.mount,
              &server.fstab, &server.brickSpace, &server.servedFile})
            appendRaw(server, *command, &report.rawOutputs);
    }
    return report;
}
