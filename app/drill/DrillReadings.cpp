#include "drill/DrillReadings.h"

namespace DrillReadings {

TargetProcesses targetProcesses(const GlusterVolumeStatus &status, const QString &brickName)
{
    TargetProcesses target;
    const GlusterProcess *brick = status.brick(brickName);
    if (!brick)
        return target;
    target.brickListed = true;
    target.peerId = brick->peerId;
    target.brickPid = brick->online ? brick->pid : -1;
    for (const GlusterProcess &daemon : status.selfHealDaemons()) {
        if (!target.peerId.isEmpty() && daemon.peerId == target.peerId && daemon.online)
            target.selfHealPid = daemon.pid;
    }
    return target;
}

bool brickOnline(const GlusterVolumeStatus &status, const QString &brickName)
{
    const GlusterProcess *brick = status.brick(brickName);
    return brick && brick->online && brick->pid > 0;
}

std::optional<int> entriesLeftToHeal(const QList<GlusterHealBrick> &bricks)
{
    if (bricks.isEmpty())
        return std::nullopt;
    int left = 0;
    for (const GlusterHealBrick &brick : bricks) {
        if (!brick.isConnected())
            return std::nullopt;
        if (brick.totalEntries) {
            left += *brick.totalEntries;
        } else if (brick.healPendingEntries && brick.splitBrainEntries &&
                   brick.possiblyHealingEntries) {
            left += *brick.healPendingEntries + *brick.splitBrainEntries +
                    *brick.possiblyHealingEntries;
        } else if (brick.numberOfEntries) {
            left += *brick.numberOfEntries;
        } else {
            return std::nullopt;
        }
    }
    return left;
}

std::optional<int> splitBrainEntries(const QList<GlusterHealBrick> &bricks)
{
    if (bricks.isEmpty())
        return std::nullopt;
    int count = 0;
    for (const GlusterHealBrick &brick : bricks) {
        if (!brick.isConnected())
            return std::nullopt;
        if (brick.numberOfEntries)
            count += *brick.numberOfEntries;
        else if (brick.splitBrainEntries)
            count += *brick.splitBrainEntries;
        else
            return std::nullopt;
    }
    return count;
}

} // namespace DrillReadings
