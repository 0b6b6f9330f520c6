#pragma once

#include "gluster/GlusterHealBrick.h"
#include "gluster/GlusterVolumeStatus.h"

#include <QList>
#include <QString>

#include <optional>

// What the drill reads from gluster's parsed output (app/gluster parsers): which processes
// make a server part of the pair, whether its brick is back, and how much is left to heal.
namespace DrillReadings {
// The processes of the server whose brick is `brickName` ("server01-private:/data/.../volume")
// in `volume status VOL --xml`: its brick and its self-heal daemon (same peer id), with PIDs.
struct TargetProcesses
{
    int brickPid = -1;
    int selfHealPid = -1;
    QString peerId;
    bool brickListed = false;
};
TargetProcesses targetProcesses(const GlusterVolumeStatus &status, const QString &brickName);

// True when gluster lists the brick online with a PID.
bool brickOnline(const GlusterVolumeStatus &status, const QString &brickName);

// From `heal VOL info summary --xml`: the entries still to heal (pending, split-brain, possibly
// healing) over every brick; empty while a brick is not connected or a count is unknown.
std::optional<int> entriesLeftToHeal(const QList<GlusterHealBrick> &bricks);

// From `heal VOL info split-brain --xml`: entries in split-brain; empty when unknown.
std::optional<int> splitBrainEntries(const QList<GlusterHealBrick> &bricks);
} // namespace DrillReadings
