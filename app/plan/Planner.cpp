#include "plan/Planner.h"

#include "plan/ArbiterSteps.h"
#include "plan/ClusterSteps.h"
#include "plan/DiskSteps.h"
#include "plan/PlanContext.h"
#include "plan/ReplicationTestSteps.h"
#include "plan/ServiceSteps.h"
#include "plan/SystemSteps.h"
#include "plan/VolumeMountSteps.h"
#include "spec/FieldRules.h"
#include "spec/SpecValidator.h"

#include <QHash>

namespace {
// Adds the step for its server, with its dependencies, and returns its id.
QString add(Plan *plan, const PlanContext &context, Step step, int server,
            const QStringList &dependsOn)
{
    step.serverIndex = server;
    step.serverName = context.server(server).name;
    for (const QString &dependency : dependsOn) {
        if (!dependency.isEmpty() && !step.dependsOn.contains(dependency))
            step.dependsOn << dependency;
    }
    plan->append(step);
    return step.id;
}

bool needsHostsEntries(const PlanContext &context, int server)
{
    const HostFacts &facts = context.factsOf(server);
    if (facts.isAssumed())
        return true;
    for (int i = 0; i < context.serverCount(); ++i) {
        const NameResolution *r = facts.resolution(context.server(i).privateName);
        if (!r ||
            !r->addresses.contains(FieldRules::canonicalAddress(context.server(i).privateAddress)))
            return true;
    }
    return false;
}

bool needsSelinuxBoolean(const PlanContext &context, int server)
{
    const HostFacts &facts = context.factsOf(server);
    if (!context.servesWeb(server) || facts.family() != OsFamily::Fedora)
        return false;
    return facts.isAssumed() || facts.selinux == SelinuxMode::Enforcing ||
           facts.selinux == SelinuxMode::Permissive;
}

bool needsFirewall(const PlanContext &context, int server)
{
    const FirewallKind firewall = context.factsOf(server).firewall;
    return firewall != FirewallKind::None;
}
} // namespace

QStringList Planner::preconditionErrors(const SetupSpec &spec, const QList<HostFacts> &facts)
{
    QStringList errors = SpecValidator::describe(SpecValidator::validate(spec));
    if (!errors.isEmpty())
        return errors;
    if (facts.size() != spec.servers.size()) {
        errors << tr("Facts are needed for each of the %1 servers (got %2).")
                      .arg(spec.servers.size())
                      .arg(facts.size());
        return errors;
    }
    for (int i = 0; i < facts.size(); ++i) {
        if (facts.at(i).family() == OsFamily::Unknown) {
            const QString os =
                facts.at(i).os.prettyName.isEmpty() ? facts.at(i).os.id : facts.at(i).os.prettyName;
            errors << tr("%1: unsupported operating system \"%2\"; supported are Debian, Ubuntu, "
                         "Fedora and RHEL-like systems.")
                          .arg(spec.servers.at(i).name, os);
        }
    }
    return errors;
}

PlanResult Planner::plan(const SetupSpec &spec, const QList<HostFacts> &facts,
                         const QList<WipeRequest> &wipes)
{
    PlanResult result;
    result.errors = preconditionErrors(spec, facts);
    if (!result.errors.isEmpty())
        return result;
    const PlanContext c{spec, facts, wipes};
    Plan *plan = &result.plan;
    const int n = c.serverCount();
    QStringList hosts, brickDirs, glusterds, firewalls, mounts;
    QStringList packages, selinux;

    for (int i = 0; i < n; ++i)
        packages << add(plan, c, SystemSteps::packages(c, i), i, {});
    for (int i = 0; i < n; ++i) {
        if (needsHostsEntries(c, i))
            hosts << add(plan, c, SystemSteps::hosts(c, i), i, {});
    }
    QStringList formats, brickMounts;
    for (int i = 0; i < n; ++i)
        formats << add(plan, c, DiskSteps::format(c, i), i, {packages.at(i)});
    for (int i = 0; i < n; ++i)
        brickMounts << add(plan, c, DiskSteps::brickMount(c, i), i, {formats.at(i)});
    for (int i = 0; i < n; ++i)
        brickDirs << add(plan, c, DiskSteps::brickDirectory(c, i), i, {brickMounts.at(i)});
    for (int i = 0; i < n; ++i)
        glusterds << add(plan, c, ServiceSteps::glusterd(c, i), i, {packages.at(i)});
    for (int i = 0; i < n; ++i) {
        selinux << (needsSelinuxBoolean(c, i)
                        ? add(plan, c, SystemSteps::selinux(c, i), i, {packages.at(i)})
                        : QString());
    }
    for (int i = 0; i < n; ++i) {
        if (needsFirewall(c, i))
            firewalls << add(plan, c, SystemSteps::firewall(c, i), i, {packages.at(i)});
    }

    const QString probe =
        add(plan, c, ClusterSteps::peerProbe(c), 0, glusterds + hosts + firewalls);
    QStringList probes{probe};
    for (int i = 1; i < n; ++i)
        probes << add(plan, c, ClusterSteps::peerProbeBack(c, i), i, {probe});
    const QString create = add(plan, c, ClusterSteps::volumeCreate(c), 0, probes + brickDirs);
    QString options = add(plan, c, ClusterSteps::volumeOptions(c), 0, {create});
    if (c.spec.volume.replica == 3)
        options = add(plan, c, ClusterSteps::volumeQuorum(c), 0, {options});
    const QString start = add(plan, c, ClusterSteps::volumeStart(c), 0, {options});

    // The data servers mount the volume, serve the site and take part in the replication test;
    // the arbiter (validated to be the last server, never the first) does none of it.
    const QList<int> data = c.spec.dataServerIndexes();
    QHash<int, QString> mountOf, webOf, readOf;
    for (int i : data)
        mounts << (mountOf[i] = add(plan, c, VolumeMountSteps::mount(c, i), i, {start}));
    const QString copy = add(plan, c, VolumeMountSteps::copyOriginalContent(c), 0, {mountOf[0]});
    if (c.hasWebServer()) {
        QHash<int, QString> waitOf;
        for (int i : data)
            waitOf[i] = add(plan, c, ServiceSteps::webWaitsForMount(c, i), i, {mountOf[i]});
        for (int i : data) {
            webOf[i] = add(plan, c, ServiceSteps::webServer(c, i), i,
                           {mountOf[i], selinux.at(i), waitOf[i]});
        }
    }

    const QString write =
        add(plan, c, ReplicationTestSteps::write(c), 0, mounts + QStringList{copy});
    QStringList tests{write};
    readOf[0] = write;
    for (int i : data) {
        if (i != 0)
            tests << (readOf[i] = add(plan, c, ReplicationTestSteps::read(c, i), i, {write}));
    }
    if (c.hasWebServer()) {
        for (int i : data)
            tests << add(plan, c, ReplicationTestSteps::http(c, i), i, {readOf[i], webOf[i]});
    }
    add(plan, c, ReplicationTestSteps::cleanup(c), 0, tests);
    return result;
}

QStringList Planner::addArbiterErrors(const SetupSpec &spec, const QString &arbiterName)
{
    const int arbiter = spec.indexOfServer(arbiterName);
    if (arbiter < 0)
        return {tr("The spec has no server called %1.").arg(arbiterName)};
    if (!spec.servers.at(arbiter).isArbiter()) {
        return {tr("%1 is one of the data servers of the volume (it holds a full copy): the "
                   "arbiter must be a third host, listed last in the spec with \"role\": "
                   "\"arbiter\".")
                    .arg(arbiterName)};
    }
    return {};
}

PlanResult Planner::planAddArbiter(const SetupSpec &spec, const QList<HostFacts> &facts,
                                   const QString &arbiterName, const QList<WipeRequest> &wipes)
{
    PlanResult result;
    result.errors = addArbiterErrors(spec, arbiterName);
    if (!result.errors.isEmpty())
        return result;
    const int arbiter = spec.indexOfServer(arbiterName);
    result.errors = preconditionErrors(spec, facts);
    if (!result.errors.isEmpty())
        return result;
    const PlanContext c{spec, facts, wipes};
    Plan *plan = &result.plan;
    const QString check = add(plan, c, ArbiterSteps::volumeCheck(c), 0, {});
    const QString packages = add(plan, c, SystemSteps::packages(c, arbiter), arbiter, {check});
    QStringList ready;
    for (int i = 0; i < c.serverCount(); ++i) {
        if (needsHostsEntries(c, i))
            ready << add(plan, c, SystemSteps::hosts(c, i), i, {check});
    }
    const QString format = add(plan, c, DiskSteps::format(c, arbiter), arbiter, {packages});
    const QString brickMount = add(plan, c, DiskSteps::brickMount(c, arbiter), arbiter, {format});
    const QString brickDir =
        add(plan, c, DiskSteps::brickDirectory(c, arbiter), arbiter, {brickMount});
    ready << add(plan, c, ServiceSteps::glusterd(c, arbiter), arbiter, {packages});
    for (int i = 0; i < c.serverCount(); ++i) {
        if (needsFirewall(c, i))
            ready << add(plan, c, SystemSteps::firewall(c, i), i, {check});
    }
    const QString probe = add(plan, c, ClusterSteps::peerProbe(c), 0, ready);
    const QString back = add(plan, c, ClusterSteps::peerProbeBack(c, arbiter), arbiter, {probe});
    const QString brick = add(plan, c, ArbiterSteps::addBrick(c), 0, {back, brickDir});
    const QString heal = add(plan, c, ArbiterSteps::waitForHeal(c), 0, {brick});
    add(plan, c, ClusterSteps::volumeQuorum(c), 0, {heal});
    return result;
}
