#pragma once

#include "health/HealthCheck.h"

#include <QList>

class HealthContext;
struct ServerObservation;

// Is the volume mounted where the web server reads, will it be mounted again after a reboot,
// and has the brick room left? ("mount", "fstab", "brick-space")
class MountHealthRules
{
public:
    static void append(const HealthContext &context, QList<HealthCheck> *checks);
    // The server's mounts were listed and nothing is mounted on the mount path.
    static bool nothingMounted(const ServerObservation &server);

    // Free space thresholds, in percent of the brick's filesystem.
    static constexpr int FailBelowPercent = 5;
    static constexpr int WarnBelowPercent = 15;
};
