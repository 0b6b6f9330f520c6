#pragma once

#include "plan/PlanContext.h"
#include "plan/Step.h"

#include <QCoreApplication>

// Long-running services: glusterd and the web server, enabled and running. Whether systemd
// runs is decided on the server ([ -d /run/systemd/system ]): real servers have it, containers
// and the demo lab do not, and there the daemon is started directly.
class ServiceSteps
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSteps)

public:
    static Step glusterd(const PlanContext &context, int server);
    static Step webServer(const PlanContext &context, int server);
    // Where systemd runs: a drop-in (webMountDropInName(), in the web server's
    // /etc/systemd/system/SERVICE.service.d) with RequiresMountsFor= the volume's mount point.
    static Step webWaitsForMount(const PlanContext &context, int server);
    static QString webMountDropInName();
};
