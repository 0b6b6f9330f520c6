#include "drill/DrillReport.h"

QString DrillReport::seconds(qint64 ms)
{
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString DrillReport::verdictTitle() const
{
    switch (outcome) {
    case Outcome::Passed:
        return tr("PASSED");
    case Outcome::Failed:
        return tr("FAILED");
    case Outcome::Refused:
        return tr("REFUSED");
    case Outcome::Cancelled:
        return tr("CANCELLED");
    case Outcome::Restored:
        return tr("RESTORED");
    }
    return QString();
}

int DrillReport::exitStatus() const
{
    switch (outcome) {
    case Outcome::Passed:
    case Outcome::Restored:
        return 0;
    case Outcome::Refused:
        return 2;
    case Outcome::Failed:
    case Outcome::Cancelled:
        return 1;
    }
    return 1;
}

QStringList DrillReport::toTextLines() const
{
    QStringList lines;
    QString verdict = verdictTitle() + QStringLiteral(": ");
    switch (outcome) {
    case Outcome::Passed:
        verdict += tr("%1 was out of the pair for %2; %3 kept serving the site and the volume, "
                      "and the pair healed.")
                       .arg(target, seconds(downMs), survivor);
        break;
    case Outcome::Restored:
        verdict += tr("%1 is back in the pair.").arg(target);
        break;
    default:
        verdict += reason;
        break;
    }
    lines << verdict;
    for (const QString &detail : details)
        lines << QStringLiteral("  ") + detail;
    if (outcome == Outcome::Refused || outcome == Outcome::Restored)
        return lines;
    if (longestStallMs >= 0) {
        lines << tr("Site stall: %1 longest without an answer from %2 (%3 answers, %4 "
                    "failures, asked once a second).")
                     .arg(seconds(longestStallMs), siteUrl)
                     .arg(siteAnswers)
                     .arg(siteFailures);
    }
    if (healMs >= 0)
        lines << tr("Heal: %1 from %2's brick back online to nothing left to heal.")
                     .arg(seconds(healMs), target);
    if (tookDown) {
        lines << (fileOnBothBricks
                      ? tr("The drill's file, written through %1 while %2 was out, is on both "
                           "bricks.")
                            .arg(survivor, target)
                      : tr("The drill's file was not found on both bricks."));
        if (splitBrainEntries >= 0)
            lines << tr("Split-brain entries: %1.").arg(splitBrainEntries);
        lines << (restored ? tr("%1 is back in the pair.").arg(target)
                           : tr("%1 is NOT back in the pair.").arg(target));
    }
    for (const QString &missing : notRestored)
        lines << tr("Not restored: %1").arg(missing);
    if (tookDown && !restored && !restoreCommand.isEmpty())
        lines << tr("Restore it with: %1").arg(restoreCommand);
    return lines;
}
