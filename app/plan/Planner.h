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
    // `add-arbiter`: the spec's arbiter `arbiterName` joins the existing replica 2 volume of its
    // two data servers (replica 3 arbiter 1). First a check that refuses a volume that is not a
    // started replica 2 with nothing to heal and no split-brain; then the arbiter's host is
    // prepared as in a setup (packages, names, disk, brick, glusterd, firewall, peer probe), the
    // brick added, its heal awaited, and client quorum set. Refused (errors) when arbiterName is
    // not the spec's arbiter, e.g. one of the data servers.
    static PlanResult planAddArbiter(const SetupSpec &spec, const QList<HostFacts> &facts,
                                     const QString &arbiterName,
                                     const QList<WipeRequest> &wipes = {});
    // Why arbiterName cannot be added as the spec's arbiter (empty: it can): checked before
    // connecting too.
    static QStringList addArbiterErrors(const SetupSpec &spec, const QString &arbiterName);

private:
    static QStringList preconditionErrors(const SetupSpec &spec, const QList<HostFacts> &facts);
};
