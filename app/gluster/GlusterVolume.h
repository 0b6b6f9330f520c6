#pragma once

#include "gluster/GlusterBrick.h"

#include <QList>
#include <QPair>
#include <QString>

// One volume from `gluster volume info --xml`.
struct GlusterVolume
{
    enum class Status { Created, Started, Stopped, Unknown };

    QString name;
    QString id;
    Status status = Status::Unknown;
    QString statusText; // gluster's statusStr, e.g. "Started"
    QString typeText;   // gluster's typeStr, e.g. "Replicate"
    int brickCount = 0;
    int replicaCount = 0;
    int arbiterCount = 0;
    QList<GlusterBrick> bricks;
    // Reconfigured options in gluster's order, e.g. {"nfs.disable", "on"}.
    QList<QPair<QString, QString>> options;

    QString option(const QString &optionName) const;
    // The brick called host:path, or nullptr.
    const GlusterBrick *brick(const QString &brickName) const;
};
