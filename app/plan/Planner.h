#pragma once

#include "facts/HostFacts.h"
#include "plan/Plan.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct PlanResult
{
    Plan plan;
    QStringList errors; // translated; the plan is empty when there are any

    bool ok() const { return errors.isEmpty(); }
};

// SetupSpec + the facts of each server -> the Plan, in the seed article's order: packages,
// names, the brick disk (format, mount, directory), glusterd, SELinux, firewall, the pool, the
// volume (create, start), the volume mounted everywhere with the old content kept and copied,
// the web server, and the replication test. Dependencies are real, so a runner may overlap
// steps of different servers: the probe waits for glusterd and the firewall everywhere, the
// volume for every brick directory, mounts for the started volume, tests for the mounts.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    // facts: one per server, same order as spec.servers. The spec must pass SpecValidator.
    static PlanResult plan(const SetupSpec &spec, const QList<HostFacts> &facts,
                           const QList<WipeRequest> &wipes = {});

private:
    static QStringList preconditionErrors(const SetupSpec &spec, const QList<HostFacts> &facts);
};
