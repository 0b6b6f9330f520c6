#include "health/HealHealthRules.h"

#include "health/HealthContext.h"
#include "health/HealthFixCommands.h"

#include <QCoreApplication>
#include <QMap>

namespace {
using HealReport = std::optional<GlusterResult<QList<GlusterHealBrick>>>;

// Heal reports come from a client that asks the bricks: any server's answer covers the volume.
const GlusterResult<QList<GlusterHealBrick>> *firstUsable(const HealthContext &context,
                                                          HealReport ParsedServerView::*member,
                                                          GlusterFailure *lastFailure)
{
    for (const ParsedServerView &view : context.views()) {
        const HealReport &report = view.*member;
        if (!view.reachable() || !report)
            continue;
        if (report->ok())
            return &*report;
        *lastFailure = report->failure;
    }
    return nullptr;
}

int sum(const QList<GlusterHealBrick> &bricks, std::optional<int> GlusterHealBrick::*count)
{
    int total = 0;
    for (const GlusterHealBrick &brick : bricks)
        total += (brick.*count).value_or(0);
    return total;
}

int largest(const QList<GlusterHealBrick> &bricks, std::optional<int> GlusterHealBrick::*count)
{
    int most = 0;
    for (const GlusterHealBrick &brick : bricks)
        most = qMax(most, (brick.*count).value_or(0));
    return most;
}

bool allConnected(const QList<GlusterHealBrick> &bricks)
{
    for (const GlusterHealBrick &brick : bricks) {
        if (!brick.isConnected())
            return false;
    }
    return true;
}

void appendPendingCheck(const HealthContext &context, QList<HealthCheck> *checks)
{
    const QString title = QCoreApplication::translate("HealHealthRules", "Pending heals");
    GlusterFailure failure;
    int pending = 0;
    bool connected = true;
    if (const auto *summary = firstUsable(context, &ParsedServerView::healSummary, &failure)) {
        pending = sum(summary->value, &GlusterHealBrick::healPendingEntries) +
                  sum(summary->value, &GlusterHealBrick::possiblyHealingEntries);
        connected = allConnected(summary->value);
    } else if (const auto *info = firstUsable(context, &ParsedServerView::healInfo, &failure)) {
        // Plain heal info counts split-brain entries too; take those out when we know them.
        pending = sum(info->value, &GlusterHealBrick::numberOfEntries);
        GlusterFailure ignored;
        if (const auto *split = firstUsable(context, &ParsedServerView::healSplitBrain, &ignored))
            pending = qMax(0, pending - sum(split->value, &GlusterHealBrick::numberOfEntries));
        connected = allConnected(info->value);
    } else {
        checks->append(HealthCheck::make(
            QStringLiteral("heal-pending"), QString(), title, HealthCheck::State::Unknown,
            failure.isFailure()
                ? failure.message()
                : QCoreApplication::translate("HealHealthRules", "Heal info was not checked.")));
        return;
    }
    if (pending == 0) {
        HealthCheck check = HealthCheck::make(
            QStringLiteral("heal-pending"), QString(), title, HealthCheck::State::Ok,
            QCoreApplication::translate("HealHealthRules", "Both copies are in sync."));
        check.count = 0;
        checks->append(check);
        return;
    }
    HealthCheck check = HealthCheck::make(
        QStringLiteral("heal-pending"), QString(), title, HealthCheck::State::Warn,
        connected
            ? QCoreApplication::translate("HealHealthRules",
                                          "%n file(s) or folder(s) are being copied to the "
                                          "other brick; the self-heal daemon finishes this by "
                                          "itself within seconds to minutes.",
                                          nullptr, pending)
            : QCoreApplication::translate("HealHealthRules",
                                          "%n change(s) wait for the offline brick; they are "
                                          "copied to it by themselves once it is back.",
                                          nullptr, pending));
    check.count = pending;
    if (connected)
        check.fixCommands.append(HealthFixCommands::triggerHeal(context.volumeName()));
    checks->append(check);
}

bool breaksSite(const QString &target, const QString &testFile)
{
    if (target == QLatin1String("/"))
        return true;
    if (testFile.isEmpty())
        return false;
    const QString webFile = QLatin1Char('/') + testFile;
    return target == webFile || webFile.startsWith(target + QLatin1Char('/'));
}

HealthCheck splitBrainFileCheck(const HealthContext &context, const QString &target,
                                const QStringList &bricks)
{
    const QString volume = context.volumeName();
    const bool breaks = breaksSite(target, context.observations().testFile);
    QString reason = QCoreApplication::translate(
        "HealHealthRules",
        "Both copies were changed separately while the servers could not see each other; "
        "reading it fails with an I/O error until you choose the copy that wins. "
        "\"bigger-file\" keeps the larger copy; \"source-brick\" keeps the copy on the brick "
        "you name (pick the server whose copy is right).");
    if (breaks) {
        reason += QLatin1Char(' ') +
                  QCoreApplication::translate("HealHealthRules",
                                              "This entry is the web test file or a folder "
                                              "above it, so the site answers with errors.");
    }
    HealthCheck check =
        HealthCheck::make(QStringLiteral("split-brain"), QString(),
                          QCoreApplication::translate("HealHealthRules", "Split-brain"),
                          HealthCheck::State::Fail, reason);
    check.subject = target;
    check.breaksService = breaks;
    check.fixCommands.append(HealthFixCommands::splitBrainBiggerFile(volume, target));
    for (const QString &brick : bricks)
        check.fixCommands.append(HealthFixCommands::splitBrainSourceBrick(volume, brick, target));
    return check;
}

void appendSplitBrainChecks(const HealthContext &context, QList<HealthCheck> *checks)
{
    const QString title = QCoreApplication::translate("HealHealthRules", "Split-brain");
    GlusterFailure failure;
    if (const auto *split = firstUsable(context, &ParsedServerView::healSplitBrain, &failure)) {
        // Each file appears once per brick that holds a copy; keep gluster's order.
        QStringList order;
        QMap<QString, QStringList> bricksOf;
        for (const GlusterHealBrick &brick : split->value) {
            for (const GlusterHealEntry &entry : brick.entries) {
                const QString target = entry.healTarget();
                if (target.isEmpty())
                    continue;
                if (!bricksOf.contains(target))
                    order.append(target);
                bricksOf[target].append(brick.name);
            }
        }
        for (const QString &target : order)
            checks->append(splitBrainFileCheck(context, target, bricksOf.value(target)));
        if (!order.isEmpty())
            return;
        if (sum(split->value, &GlusterHealBrick::numberOfEntries) == 0) {
            HealthCheck none = HealthCheck::make(
                QStringLiteral("split-brain"), QString(), title, HealthCheck::State::Ok,
                QCoreApplication::translate("HealHealthRules", "No file is in split-brain."));
            none.count = 0;
            checks->append(none);
            return;
        }
    }
    // No usable list: the summary still tells whether there is any split-brain.
    GlusterFailure summaryFailure;
    const auto *summary = firstUsable(context, &ParsedServerView::healSummary, &summaryFailure);
    if (!summary) {
        const GlusterFailure why = failure.isFailure() ? failure : summaryFailure;
        checks->append(HealthCheck::make(
            QStringLiteral("split-brain"), QString(), title, HealthCheck::State::Unknown,
            why.isFailure()
                ? why.message()
                : QCoreApplication::translate("HealHealthRules", "Split-brain was not checked.")));
        return;
    }
    // Every brick lists the same split-brain files, so the largest count is the file count.
    const int count = largest(summary->value, &GlusterHealBrick::splitBrainEntries);
    if (count == 0) {
        HealthCheck none = HealthCheck::make(
            QStringLiteral("split-brain"), QString(), title, HealthCheck::State::Ok,
            QCoreApplication::translate("HealHealthRules", "No file is in split-brain."));
        none.count = 0;
        checks->append(none);
        return;
    }
    HealthCheck check = HealthCheck::make(
        QStringLiteral("split-brain"), QString(), title, HealthCheck::State::Fail,
        QCoreApplication::translate("HealHealthRules",
                                    "%n entry(ies) are in split-brain: reading them fails "
                                    "until you choose which copy wins. List them first.",
                                    nullptr, count));
    check.count = count;
    check.fixCommands.append(HealthFixCommands::listSplitBrain(context.volumeName()));
    checks->append(check);
}
} // namespace

void HealHealthRules::append(const HealthContext &context, QList<HealthCheck> *checks)
{
    if (!context.volumeStarted())
        return;
    appendPendingCheck(context, checks);
    appendSplitBrainChecks(context, checks);
}
