#include "CoreTestSupport.h"
#include "plan/DiskSteps.h"
#include "plan/FailoverOptions.h"
#include "plan/PlanText.h"
#include "plan/Planner.h"
#include "shell/ShellTemplate.h"
#include "shell/StepCommand.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The planner for both distribution families, the rules for optional steps, the dependencies
// a parallel runner relies on, and the bash of every step (syntax, shellcheck, placeholders).
class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void debianPair();
    void fedoraEnforcingWithFirewalld();
    void fedoraWithSelinuxDisabled();
    void assumedFactsLeaveDecisionsToTheServer();
    void hostsStepOnlyWhereNamesDoNotResolve();
    void seedOrder();
    void dependenciesAreReal();
    void wipeOnlyWhereAllowed();
    void anUnboundWipeErasesNothing();
    void threeServers();
    void arbiter();
    void arbiterDependencies();
    void addArbiter();
    void addArbiterRefusals();
    void refusals_data();
    void refusals();
    void everyStepIsCleanBash_data();
    void everyStepIsCleanBash();
    void stableIds();
    void failoverOptionsStep();
    void webWaitsForMountStep();
};

namespace {
SetupSpec labSpec()
{
    return CoreTestSupport::loadSpec("core/lab-pair.json");
}

Plan planFor(const SetupSpec &spec, const QList<HostFacts> &facts,
             const QList<WipeRequest> &wipes = {})
{
    const PlanResult result = Planner::plan(spec, facts, wipes);
    if (!result.ok())
        qWarning("%s", qPrintable(result.errors.join('\n')));
    return result.plan;
}

QString allText(const Plan &plan)
{
    QString text;
    for (const Step &s : plan.steps())
        text += s.check + s.apply + s.verify;
    return text;
}

QStringList ids(const Plan &plan)
{
    QStringList list;
    for (const Step &s : plan.steps())
        list << s.id;
    return list;
}

QList<HostFacts> twice(const HostFacts &facts)
{
    return {facts, facts};
}
} // namespace

void TestPlanner::debianPair()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(CoreTestSupport::debianFacts(spec)));
    QCOMPARE(plan.size(), 27);
    const QString text = allText(plan);
    QVERIFY(text.contains(
        "apt-get install -y -q glusterfs-server glusterfs-client xfsprogs curl apache2"));
    QVERIFY(text.contains("systemctl enable --now \"$service\""));
    QVERIFY(plan.find("web:server01")->check.contains("service=apache2"));
    QVERIFY(!text.contains("dnf"));
    QVERIFY(!text.contains("httpd"));
    QVERIFY(!text.contains("setsebool"));
    QVERIFY(!plan.find("firewall:server01")); // no firewall running
    QVERIFY(!plan.find("hosts:server01"));    // names resolve already
    QVERIFY(plan.find("mkfs:server01")
                ->apply.contains("mkfs.xfs \"${force[@]}\" -i size=512 -L ghw-brick \"$dev\""));
    QVERIFY(plan.find("mkfs:server01")->destructive);
    QVERIFY(plan.find("volume-create:server01")
                ->apply.contains("gl volume create \"$vol\" replica 2 \"${bricks[@]}\""));
    QVERIFY(plan.find("volume-create:server01")
                ->apply.contains("bricks=(server01-private:/data/var-www/brick01/volume "
                                 "server02-private:/data/var-www/brick02/volume)"));
    QVERIFY(text.contains("gluster --mode=script"));
    QVERIFY(!text.contains("gluster volume") && !text.contains("gluster peer"));
    QVERIFY(plan.find("mount:server01")
                ->check.contains("opts=defaults,_netdev,backup-volfile-servers=server02-private"));
    QVERIFY(plan.find("mount:server02")->check.contains("src=server02-private:/var-www"));
    QVERIFY(plan.find("mount:server01")->check.contains("x-systemd.requires=glusterd.service"));
    QVERIFY(plan.find("test-http:server02")->check.contains("base=http://198.18.1.12/\n"));
    QVERIFY(plan.find("test-write:server01")->apply.contains("content='Hello, World!'"));
}

void TestPlanner::fedoraEnforcingWithFirewalld()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(CoreTestSupport::fedoraFacts(spec, SelinuxMode::Enforcing,
                                                                       FirewallKind::Firewalld)));
    const QString text = allText(plan);
    QVERIFY(text.contains("dnf install -y glusterfs-server glusterfs-fuse xfsprogs curl httpd"));
    QVERIFY(text.contains("rpm -q glusterfs-server"));
    QVERIFY(!text.contains("apt-get"));
    QVERIFY(!text.contains("apache2"));
    QVERIFY(plan.find("web:server02")->check.contains("service=httpd"));
    QVERIFY(plan.find("web:server02")->apply.contains("apachectl start"));
    const Step *selinux = plan.find("selinux:server01");
    QVERIFY(selinux);
    QCOMPARE(selinux->apply, QStringLiteral("setsebool -P httpd_use_fusefs 1\n"));
    QVERIFY(plan.find("web:server01")->dependsOn.contains("selinux:server01"));
    const Step *firewall = plan.find("firewall:server02");
    QVERIFY(firewall);
    QVERIFY(firewall->apply.contains("firewall-cmd --permanent --add-rich-rule=\"$rule\""));
    QVERIFY(firewall->apply.contains("peers=(198.18.0.11)"));
    QVERIFY(firewall->apply.contains("firewall-cmd --permanent --add-service=http"));
    QVERIFY(plan.find("peer-probe:server01")->dependsOn.contains("firewall:server02"));
    // Plain Fedora needs no extra repository; its relatives do, and are told so.
    QVERIFY(!plan.find("packages:server01")->why.contains("centos-release-gluster"));
    HostFacts rocky =
        CoreTestSupport::fedoraFacts(spec, SelinuxMode::Enforcing, FirewallKind::Firewalld);
    rocky.os.id = "rocky";
    rocky.os.idLike = QStringList{"rhel", "centos", "fedora"};
    QVERIFY(planFor(spec, twice(rocky))
                .find("packages:server01")
                ->why.contains("centos-release-gluster"));
}

void TestPlanner::fedoraWithSelinuxDisabled()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(
        spec, twice(CoreTestSupport::fedoraFacts(spec, SelinuxMode::Disabled, FirewallKind::None)));
    QVERIFY(!plan.find("selinux:server01"));
    QVERIFY(!plan.find("firewall:server01"));
    QVERIFY(!allText(plan).contains("setsebool"));
    SetupSpec noWeb = spec;
    noWeb.web.server = WebSpec::Server::None;
    const Plan enforcingNoWeb = planFor(
        noWeb,
        twice(CoreTestSupport::fedoraFacts(noWeb, SelinuxMode::Enforcing, FirewallKind::None)));
    QVERIFY(!enforcingNoWeb.find("selinux:server01")); // nothing to serve, nothing to allow
    QVERIFY(!enforcingNoWeb.find("web:server01"));
    QVERIFY(!enforcingNoWeb.find("test-http:server01"));
    QVERIFY(enforcingNoWeb.find("test-read:server02"));
    QVERIFY(!allText(enforcingNoWeb).contains("httpd"));
}

void TestPlanner::assumedFactsLeaveDecisionsToTheServer()
{
    const SetupSpec spec = labSpec();
    const Plan debian = planFor(spec, twice(HostFacts::assumed(OsFamily::Debian)));
    QVERIFY(debian.find("hosts:server01"));
    QVERIFY(debian.find("firewall:server01")); // does nothing where no firewall runs
    QVERIFY(debian.find("firewall:server01")->check.contains("ufw_active"));
    QVERIFY(!debian.find("selinux:server01"));
    const Plan fedora = planFor(spec, twice(HostFacts::assumed(OsFamily::Fedora)));
    QVERIFY(fedora.find("selinux:server01"));
    QVERIFY(fedora.find("selinux:server01")->check.startsWith("! selinuxenabled"));
    QCOMPARE(debian.size(), 31);
}

void TestPlanner::hostsStepOnlyWhereNamesDoNotResolve()
{
    const SetupSpec spec = labSpec();
    HostFacts missing = CoreTestSupport::debianFacts(spec);
    missing.names[1].addresses.clear();
    HostFacts elsewhere = CoreTestSupport::debianFacts(spec);
    elsewhere.names[0].addresses = QStringList{"192.0.2.7"};
    const Plan plan = planFor(spec, {missing, elsewhere});
    QVERIFY(plan.find("hosts:server01"));
    QVERIFY(plan.find("hosts:server02")); // its step reports the wrong address at run time
    const Step *hosts = plan.find("hosts:server01");
    QVERIFY(hosts->apply.contains("names=(server01-private server02-private)"));
    QVERIFY(hosts->apply.contains("addresses=(198.18.0.11 198.18.0.12)"));
    QVERIFY(plan.find("peer-probe:server01")->dependsOn.contains("hosts:server02"));
}

void TestPlanner::seedOrder()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(HostFacts::assumed(OsFamily::Fedora)));
    const QStringList kinds = {"packages",      "hosts",          "mkfs",
                               "brick-mount",   "brick-dir",      "glusterd",
                               "selinux",       "firewall",       "peer-probe",
                               "volume-create", "volume-options", "volume-start",
                               "mount",         "copy-content",   "web-waits-for-mount",
                               "web",           "test-write",     "test-read",
                               "test-http",     "test-cleanup"};
    int last = -1;
    for (const Step &step : plan.steps()) {
        const int kind = int(kinds.indexOf(step.id.section(':', 0, 0)));
        QVERIFY2(kind >= 0, qPrintable(step.id));
        QVERIFY2(kind >= last, qPrintable(step.id));
        last = kind;
    }
    QCOMPARE(ids(plan).first(), QStringLiteral("packages:server01"));
    QCOMPARE(ids(plan).last(), QStringLiteral("test-cleanup:server01"));
}

void TestPlanner::dependenciesAreReal()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(HostFacts::assumed(OsFamily::Debian)));
    QCOMPARE(plan.consistencyError(), QString());
    auto deps = [&plan](const char *id) { return plan.find(QLatin1String(id))->dependsOn; };
    QVERIFY(deps("peer-probe:server01").contains("glusterd:server01"));
    QVERIFY(deps("peer-probe:server01").contains("glusterd:server02"));
    QCOMPARE(deps("peer-probe:server02"), QStringList{"peer-probe:server01"});
    for (const char *d :
         {"peer-probe:server01", "peer-probe:server02", "brick-dir:server01", "brick-dir:server02"})
        QVERIFY2(deps("volume-create:server01").contains(d), d);
    QCOMPARE(deps("volume-options:server01"), QStringList{"volume-create:server01"});
    // The bricks start with the failover options already set.
    QCOMPARE(deps("volume-start:server01"), QStringList{"volume-options:server01"});
    QCOMPARE(deps("web-waits-for-mount:server02"), QStringList{"mount:server02"});
    QVERIFY(deps("web:server02").contains("web-waits-for-mount:server02"));
    QCOMPARE(deps("mount:server02"), QStringList{"volume-start:server01"});
    QVERIFY(deps("test-write:server01").contains("mount:server02"));
    QVERIFY(deps("test-write:server01").contains("copy-content:server01"));
    QCOMPARE(deps("test-read:server02"), QStringList{"test-write:server01"});
    QCOMPARE(deps("test-http:server01"), (QStringList{"test-write:server01", "web:server01"}));
    // Over HTTP only once the content is seen through this server's own mount.
    QCOMPARE(deps("test-http:server02"), (QStringList{"test-read:server02", "web:server02"}));
    // The test's own file is removed only after every server has read and served it.
    QCOMPARE(deps("test-cleanup:server01"),
             (QStringList{"test-write:server01", "test-read:server02", "test-http:server01",
                          "test-http:server02"}));
    QCOMPARE(deps("brick-mount:server02"), QStringList{"mkfs:server02"});
    // Steps of different servers that need nothing of each other stay independent.
    QVERIFY(deps("mkfs:server02").contains("packages:server02"));
    QVERIFY(!deps("mkfs:server02").contains("packages:server01"));
    for (const Step &step : plan.steps())
        QCOMPARE(step.serverName, spec.servers.at(step.serverIndex).name);
}

void TestPlanner::wipeOnlyWhereAllowed()
{
    const SetupSpec spec = labSpec();
    const QString identity = "size=1073741824 serial= wwn= ptuuid= 0:ext4@0x438=1b2c";
    const Plan plan = planFor(spec, twice(HostFacts::assumed(OsFamily::Debian)),
                              {WipeRequest{"server02", "/dev/vdb", identity}});
    QVERIFY(plan.find("mkfs:server01")->apply.contains("wipe=no\n"));
    QVERIFY(plan.find("mkfs:server01")->apply.contains("checked_identity=''\n"));
    QVERIFY(plan.find("mkfs:server02")->apply.contains("wipe=yes\n"));
    QVERIFY(plan.find("mkfs:server02")->apply.contains("checked_identity='" + identity + "'\n"));
    QVERIFY(plan.find("mkfs:server02")->title.startsWith("Erase /dev/vdb"));
    // Even when allowed to wipe, a mounted or system disk is refused before anything is erased,
    // and so is a disk whose identity is not the one the permission was bound to.
    const QString apply = plan.find("mkfs:server02")->apply;
    const qsizetype wipefs = apply.indexOf("wipefs -a");
    QVERIFY(apply.indexOf("printf 'Refusing to format %s: it is in use") < wipefs);
    QVERIFY(apply.indexOf("printf 'Refusing to format %s: it belongs to the system") < wipefs);
    QVERIFY(apply.indexOf("if [ \"$identity\" != \"$checked_identity\" ]; then") < wipefs);
    QVERIFY(apply.indexOf("disk_system_uses() {") >= 0);
    QVERIFY(apply.indexOf("disk_identity() {") >= 0);
}

void TestPlanner::anUnboundWipeErasesNothing()
{
    // --wipe parsed but never bound to what a check saw (offline planning), or a blank disk's
    // ticked "format": the disk is formatted only if it is blank right before mkfs.
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(HostFacts::assumed(OsFamily::Debian)),
                              {WipeRequest{"server02", "/dev/vdb", {}}});
    QVERIFY(plan.find("mkfs:server02")->apply.contains("wipe=no\n"));
    QVERIFY(plan.find("mkfs:server02")->title.startsWith("Format /dev/vdb"));
}

void TestPlanner::threeServers()
{
    SetupSpec spec = labSpec();
    spec.volume.replica = 3;
    ServerSpec third = spec.servers.at(1);
    third.name = "server03";
    third.publicAddress = "198.18.1.13";
    third.privateName = "server03-private";
    third.privateAddress = "198.18.0.13";
    third.ssh.host = "server03";
    third.brickMount = "/data/var-www/brick03";
    spec.servers << third;
    const Plan plan = planFor(spec, QList<HostFacts>(3, HostFacts::assumed(OsFamily::Debian)));
    QCOMPARE(plan.consistencyError(), QString());
    QVERIFY(plan.find("volume-create:server01")->apply.contains("replica 3"));
    QVERIFY(plan.find("mount:server02")
                ->check.contains("backup-volfile-servers=server01-private:server03-private"));
    QVERIFY(plan.find("peer-probe:server01")
                ->check.contains("peers=(server02-private server03-private)"));
    QVERIFY(plan.find("peer-probe:server03")->check.contains("peers=(server01-private)"));
    QVERIFY(plan.find("test-read:server03"));
}

// Two data servers and an arbiter: every server gets its brick and glusterd, the arbiter no web
// server and no mount; the volume is "replica 3 arbiter 1" with the arbiter's brick last, with
// client quorum; the replication test runs between the data servers.
void TestPlanner::arbiter()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-arbiter.json");
    const Plan plan = planFor(spec, QList<HostFacts>(3, CoreTestSupport::debianFacts(spec)));
    QCOMPARE(plan.consistencyError(), QString());
    const Step *create = plan.find("volume-create:server01");
    QVERIFY(create);
    QVERIFY2(
        create->apply.contains("gl volume create \"$vol\" replica 3 arbiter 1 \"${bricks[@]}\""),
        qPrintable(create->apply));
    QVERIFY(create->apply.contains("bricks=(server01-private:/data/var-www/brick01/volume "
                                   "server02-private:/data/var-www/brick02/volume "
                                   "server03-private:/data/var-www/brick03/volume)"));
    QVERIFY(create->why.contains("arbiter server03"));
    for (const char *id : {"packages:server03", "mkfs:server03", "brick-mount:server03",
                           "brick-dir:server03", "glusterd:server03", "peer-probe:server03"})
        QVERIFY2(plan.find(QLatin1String(id)), id);
    for (const char *id : {"mount:server03", "web:server03", "web-waits-for-mount:server03",
                           "test-read:server03", "test-http:server03"})
        QVERIFY2(!plan.find(QLatin1String(id)), id);
    QVERIFY(plan.find("packages:server01")->apply.contains("apache2"));
    QVERIFY(!plan.find("packages:server03")->apply.contains("apache2"));
    QVERIFY(plan.find("packages:server03")->title.contains("arbiter"));
    QVERIFY(plan.find("peer-probe:server01")
                ->check.contains("peers=(server02-private server03-private)"));
    // The data servers may take their volfile from the arbiter's glusterd too.
    QVERIFY(plan.find("mount:server02")
                ->check.contains("backup-volfile-servers=server01-private:server03-private"));
    QVERIFY(plan.find("test-read:server02"));
    QVERIFY(plan.find("test-http:server02"));
    const Step *quorum = plan.find("volume-quorum:server01");
    QVERIFY(quorum);
    QVERIFY(quorum->check.contains("options=(cluster.quorum-type auto)\n"));
    QVERIFY(quorum->why.contains("two of the three bricks"));
    QVERIFY(plan.find("volume-options:server01")); // the failover options still apply

    // Three data servers: quorum too, every server mounts and serves, no arbiter keyword.
    SetupSpec three = spec;
    three.servers[2].role = ServerSpec::Role::Data;
    const Plan full = planFor(three, QList<HostFacts>(3, CoreTestSupport::debianFacts(three)));
    QVERIFY(full.find("volume-create:server01")
                ->apply.contains("gl volume create \"$vol\" replica 3 \"${bricks[@]}\""));
    QVERIFY(full.find("volume-quorum:server01"));
    QVERIFY(full.find("test-http:server03"));
    QVERIFY(full.find("packages:server03")->apply.contains("apache2"));
    // A pair gets no quorum step: client quorum "auto" on two bricks stops writes whenever the
    // first server is away.
    const SetupSpec pair = labSpec();
    QVERIFY(
        !planFor(pair, twice(CoreTestSupport::debianFacts(pair))).find("volume-quorum:server01"));
}

void TestPlanner::arbiterDependencies()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-arbiter.json");
    const Plan plan = planFor(spec, QList<HostFacts>(3, HostFacts::assumed(OsFamily::Fedora)));
    QCOMPARE(plan.consistencyError(), QString());
    auto deps = [&plan](const char *id) { return plan.find(QLatin1String(id))->dependsOn; };
    QVERIFY(deps("peer-probe:server01").contains("glusterd:server03"));
    QVERIFY(deps("volume-create:server01").contains("brick-dir:server03"));
    QVERIFY(deps("volume-create:server01").contains("peer-probe:server03"));
    QCOMPARE(deps("volume-quorum:server01"), QStringList{"volume-options:server01"});
    QCOMPARE(deps("volume-start:server01"), QStringList{"volume-quorum:server01"});
    QCOMPARE(deps("test-write:server01"),
             (QStringList{"mount:server01", "mount:server02", "copy-content:server01"}));
    QCOMPARE(deps("test-cleanup:server01"),
             (QStringList{"test-write:server01", "test-read:server02", "test-http:server01",
                          "test-http:server02"}));
    QVERIFY(!plan.find("selinux:server03")); // no web server to let read the mount
    QVERIFY(plan.find("selinux:server02"));
    QVERIFY(plan.find("firewall:server03")->check.contains("web=no"));
    QVERIFY(plan.find("firewall:server01")->check.contains("web=yes"));
}

// add-arbiter: a check that changes nothing comes first; the arbiter's host is prepared as in a
// setup; then add-brick with the arbiter's brick, the wait for its heal, and client quorum. The
// data servers get no disk, mount or web step.
void TestPlanner::addArbiter()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-arbiter.json");
    const PlanResult result = Planner::planAddArbiter(
        spec, QList<HostFacts>(3, CoreTestSupport::debianFacts(spec)), "server03");
    QVERIFY2(result.ok(), qPrintable(result.errors.join('\n')));
    const Plan &plan = result.plan;
    QCOMPARE(plan.consistencyError(), QString());
    QCOMPARE(ids(plan),
             (QStringList{"arbiter-precheck:server01", "packages:server03", "mkfs:server03",
                          "brick-mount:server03", "brick-dir:server03", "glusterd:server03",
                          "peer-probe:server01", "peer-probe:server03", "add-arbiter:server01",
                          "arbiter-heal:server01", "volume-quorum:server01"}));
    auto deps = [&plan](const char *id) { return plan.find(QLatin1String(id))->dependsOn; };
    QCOMPARE(deps("packages:server03"), QStringList{"arbiter-precheck:server01"});
    QVERIFY(deps("add-arbiter:server01").contains("brick-dir:server03"));
    QVERIFY(deps("add-arbiter:server01").contains("peer-probe:server03"));
    QCOMPARE(deps("volume-quorum:server01"), QStringList{"arbiter-heal:server01"});
    const Step *check = plan.find("arbiter-precheck:server01");
    QVERIFY(check->apply.contains("data=(server01-private:/data/var-www/brick01/volume "
                                  "server02-private:/data/var-www/brick02/volume)"));
    for (const char *reason : {"is not replica 2", "is not started", "in split-brain",
                               "waiting to be healed", "Not every brick"})
        QVERIFY2(check->apply.contains(QLatin1String(reason)), reason);
    QVERIFY(!check->apply.contains("gl volume")); // it changes nothing
    const Step *add = plan.find("add-arbiter:server01");
    QVERIFY(add->apply.contains("gl volume add-brick \"$vol\" replica 3 arbiter 1 \"$arbiter\""));
    QVERIFY(add->apply.contains("arbiter=server03-private:/data/var-www/brick03/volume\n"));
    QVERIFY(add->check.contains("[ \"$have\" = \"$(want)\" ]"));
    QVERIFY(plan.find("arbiter-heal:server01")->check.contains("heal_connected)\" -eq 3"));
    QVERIFY(!plan.find("packages:server03")->apply.contains("apache2"));
    // The review and the export show these very steps (one source).
    QVERIFY(PlanText::toText(spec, plan).contains("add-brick"));
}

void TestPlanner::addArbiterRefusals()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-arbiter.json");
    const QList<HostFacts> facts(3, HostFacts::assumed(OsFamily::Debian));
    PlanResult result = Planner::planAddArbiter(spec, facts, "server01");
    QVERIFY(!result.ok() && result.plan.isEmpty());
    QVERIFY2(result.errors.join('\n').contains("server01 is one of the data servers"),
             qPrintable(result.errors.join('\n')));
    result = Planner::planAddArbiter(spec, facts, "server09");
    QVERIFY(result.errors.join('\n').contains("no server called server09"));
    SetupSpec threeData = spec;
    threeData.servers[2].role = ServerSpec::Role::Data;
    QVERIFY(Planner::planAddArbiter(threeData, facts, "server03")
                .errors.join('\n')
                .contains("server03 is one of the data servers"));
    QVERIFY(Planner::addArbiterErrors(spec, "server03").isEmpty());
}

void TestPlanner::refusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unacknowledged replica 2") << 0 << "prone to split-brain";
    QTest::newRow("unsupported os") << 1 << "unsupported operating system \"Alpine Linux v3.20\"";
    QTest::newRow("facts missing") << 2 << "Facts are needed for each of the 2 servers (got 1)";
}

void TestPlanner::refusals()
{
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    SetupSpec spec = labSpec();
    QList<HostFacts> facts = twice(HostFacts::assumed(OsFamily::Debian));
    if (kind == 0)
        spec.volume.acknowledgeSplitBrainRisk = false;
    if (kind == 1) {
        facts[1] = HostFacts();
        facts[1].os.id = "alpine";
        facts[1].os.prettyName = "Alpine Linux v3.20";
    }
    if (kind == 2)
        facts.removeLast();
    const PlanResult result = Planner::plan(spec, facts);
    QVERIFY(!result.ok());
    QVERIFY(result.plan.isEmpty());
    QVERIFY2(result.errors.join('\n').contains(messagePart), qPrintable(result.errors.join('\n')));
}

void TestPlanner::everyStepIsCleanBash_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("text");
    const SetupSpec spec = labSpec();
    const QList<QPair<const char *, HostFacts>> variants = {
        {"debian", HostFacts::assumed(OsFamily::Debian)},
        {"fedora", HostFacts::assumed(OsFamily::Fedora)},
    };
    for (const auto &variant : variants) {
        const Plan plan = planFor(
            spec, twice(variant.second),
            {WipeRequest{"server01", "/dev/vdb", "size=1 serial=a'b wwn= 0:xfs@0x0=u;x && y"}});
        const SetupSpec trio = CoreTestSupport::loadSpec("core/lab-arbiter.json");
        QList<QPair<QString, Step>> steps;
        for (const Step &s : plan.steps())
            steps.append({QString(), s});
        const Plan trioPlan = planFor(trio, QList<HostFacts>(3, variant.second));
        for (const Step &s : trioPlan.steps()) {
            if (s.serverIndex == 2 || s.id.startsWith("volume-"))
                steps.append({QStringLiteral("arbiter "), s}); // what differs for an arbiter
        }
        const PlanResult adding = Planner::planAddArbiter(trio, QList<HostFacts>(3, variant.second),
                                                          QStringLiteral("server03"));
        for (const Step &s : adding.plan.steps()) {
            if (s.id.contains("arbiter"))
                steps.append({QStringLiteral("add "), s});
        }
        for (const auto &[tag, s] : steps) {
            for (const auto &[part, text] :
                 {std::pair{"check", s.check}, std::pair{"apply", s.apply},
                  std::pair{"verify", s.verify}}) {
                QTest::addRow("%s %s%s %s", variant.first, qPrintable(tag), qPrintable(s.id), part)
                    << s.id << QString::fromLatin1(part) << text;
            }
        }
    }
}

void TestPlanner::everyStepIsCleanBash()
{
    QFETCH(QString, text);
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY(text.endsWith('\n'));
    QCOMPARE(ShellTemplate::unresolvedPlaceholders(text), QStringList());
    const QString script = StepCommand::prologue() + text;
    QCOMPARE(CoreTestSupport::bashSyntax(script), QString());
    QCOMPARE(CoreTestSupport::shellcheck(script), QString());
    QCOMPARE(CoreTestSupport::bashSyntax(StepCommand::remoteLine(text)), QString());
}

void TestPlanner::stableIds()
{
    const SetupSpec spec = labSpec();
    const QList<HostFacts> facts = twice(HostFacts::assumed(OsFamily::Debian));
    QCOMPARE(ids(planFor(spec, facts)), ids(planFor(spec, facts)));
    QCOMPARE(DiskProbe::brickLabel().size() <= 12, true); // XFS labels hold 12 characters
}

// Every option of FailoverOptions is checked and set by the one step, on the first server,
// between creating and starting the volume.
void TestPlanner::failoverOptionsStep()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(CoreTestSupport::debianFacts(spec)));
    const Step *step = plan.find("volume-options:server01");
    QVERIFY(step);
    QStringList pairs;
    for (const FailoverOptions::Option &option : FailoverOptions::all())
        pairs << option.name + ' ' + option.value;
    QVERIFY(pairs.contains("network.ping-timeout 4"));
    const QString options = "options=(" + pairs.join(' ') + ")\n";
    for (const QString &text : {step->check, step->apply, step->verify})
        QVERIFY2(text.contains(options), qPrintable(text));
    QVERIFY(step->check.contains("gluster --mode=script --timeout=29 volume get \"$vol\" \"$1\""));
    QVERIFY(step->apply.contains("gl volume set \"$vol\" \"${options[i]}\" \"${options[i + 1]}\""));
    QVERIFY(step->why.contains("false failover"));
    QCOMPARE(FailoverOptions::setCommand("var-www", FailoverOptions::all().first()),
             QStringLiteral("gluster volume set var-www network.ping-timeout 4"));
}

// The web server's systemd drop-in, run by real bash on a stand-in root: systemd's directories
// under a temporary folder and a `systemctl` that, like systemd, sees a drop-in only after
// daemon-reload (the lab's nodes run no systemd yet). Idempotent, repairs a changed file, and
// does nothing where systemd does not run.
void TestPlanner::webWaitsForMountStep()
{
    const SetupSpec spec = labSpec();
    const Plan plan = planFor(spec, twice(CoreTestSupport::debianFacts(spec)));
    const Step *step = plan.find("web-waits-for-mount:server02");
    QVERIFY(step);
    QVERIFY(step->why.contains("RequiresMountsFor=/var/www"));
    QVERIFY(planFor(spec, twice(CoreTestSupport::fedoraFacts(spec, SelinuxMode::Enforcing,
                                                             FirewallKind::None)))
                .find("web-waits-for-mount:server01")
                ->check.contains("service=httpd\n"));

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString r = root.path();
    QVERIFY(QDir(r).mkpath("bin"));
    QFile systemctl(r + "/bin/systemctl");
    QVERIFY(systemctl.open(QIODevice::WriteOnly));
    systemctl.write(QStringLiteral(R"(#!/bin/bash
loaded=%1/loaded
case "$1 $2 $3 $4" in
  "daemon-reload   ") rm -rf "$loaded"; mkdir -p "$loaded"; cp -r %1/etc/systemd/system/. "$loaded"/ 2>/dev/null; exit 0 ;;
  "show -p RequiresMountsFor --value") cat "$loaded/$5.service.d/"*.conf 2>/dev/null |
    sed -n 's/^RequiresMountsFor=//p' | tr '\n' ' '; echo ;;
  *) exit 1 ;;
esac
)")
                        .arg(r)
                        .toUtf8());
    systemctl.close();
    QVERIFY(systemctl.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    auto run = [&](QString text, const QString &systemdRoot) {
        text.replace("/etc/systemd/system", r + "/etc/systemd/system");
        text.replace("[ -d /run/systemd/system ]", "[ -d " + systemdRoot + "/run/systemd/system ]");
        return CoreTestSupport::bash("PATH=" + r + "/bin:$PATH\n" + text).exitCode;
    };
    const QString dropIn = r + "/etc/systemd/system/apache2.service.d/gluster-ha-wizard-mount.conf";

    // Without systemd: nothing to do, nothing written.
    QCOMPARE(run(step->check, r + "/nowhere"), 0);
    QVERIFY(!QDir(r + "/etc").exists());

    QVERIFY(QDir(r).mkpath("run/systemd/system"));
    QCOMPARE(run(step->check, r), 1);
    QCOMPARE(run(step->apply, r), 0);
    QCOMPARE(run(step->verify, r), 0);
    QFile file(dropIn);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# Gluster HA Wizard: serve /var/www only once the Gluster "
                                        "volume is mounted there.\n[Unit]\n"
                                        "RequiresMountsFor=/var/www\n"));
    file.close();
    QCOMPARE(run(step->check, r), 0); // the second run changes nothing

    // Changed by hand: not in effect as planned, rewritten.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Unit]\nRequiresMountsFor=/srv\n");
    file.close();
    QCOMPARE(run(step->check, r), 1);
    QCOMPARE(run(step->apply, r), 0);
    QCOMPARE(run(step->check, r), 0);
    // Written but systemd not reloaded: not in effect yet.
    QVERIFY(QDir(r + "/loaded").removeRecursively());
    QCOMPARE(run(step->check, r), 1);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
