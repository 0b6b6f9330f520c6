#pragma once

#include "health/ReplicationObservation.h"
#include "health/ServerObservation.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The input of HealthEvaluator: what the pair looked like at one moment.
struct HealthObservations
{
    QString volumeName;   // "var-www"
    QString mountPath;    // "/var/www"
    QString testFile;     // relative to the volume root, "html/index.html"; empty: no web check
    QString expectedBody; // "Hello, World!"
    QDateTime observedAt;
    QList<ServerObservation> servers;
    ReplicationObservation replication;
};
