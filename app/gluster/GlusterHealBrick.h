#pragma once

#include "gluster/GlusterHealEntry.h"

#include <QList>
#include <QString>

#include <optional>

// One brick's part of `gluster volume heal V info --xml`, `... info summary --xml` or
// `... info split-brain --xml`. Counts are empty when gluster printed "-" or left them out
// (a brick it cannot reach).
struct GlusterHealBrick
{
    QString name;     // host:path
    QString hostUuid; // empty when gluster printed "-"
    // gluster's status words, cleaned: "Connected", "Transport endpoint is not connected", ...
    QString status;
    QList<GlusterHealEntry> entries;

    // `info` and `info split-brain`.
    std::optional<int> numberOfEntries;
    // `info summary`.
    std::optional<int> totalEntries;
    std::optional<int> healPendingEntries;
    std::optional<int> splitBrainEntries;
    std::optional<int> possiblyHealingEntries;

    // gluster says "Connected" for a brick it could read; anything else means it could not.
    bool isConnected() const { return status == QLatin1String("Connected"); }
};
