#include "adopt/AdoptCommands.h"
#include "adopt/AdoptedSpecBuilder.h"
#include "adopt/MemberReport.h"
#include "gluster/PeerStatusParser.h"
#include "gluster/VolumeInfoParser.h"
#include "spec/SpecValidator.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace {
QByteArray glusterData(const QString &name)
{
    QFile file(QStringLiteral(GHW_TEST_DATA_DIR "/gluster/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

GlusterVolume healthyVolume()
{
    const auto volumes =
        VolumeInfoParser::parse(glusterData(QStringLiteral("healthy-volume-info.xml")));
    if (!volumes.ok() || volumes.value.size() != 1)
        qFatal("healthy-volume-info.xml does not parse");
    return volumes.value.first();
}

QList<GlusterPeer> healthyPool()
{
    return PeerStatusParser::parse(glusterData(QStringLiteral("healthy-pool-list.xml"))).value;
}

// What AdoptCommands::memberReport() prints on a lab node of the article's pair.
QByteArray reportOf(int number, bool withFstab = true)
{
    const QString n = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    QString text = QStringLiteral("hostname=server%1\n"
                                  "reached=198.18.1.%2\n"
                                  "resolves=server01 198.18.1.11\n"
                                  "resolves=server01-private 198.18.0.11\n"
                                  "resolves=server02 198.18.1.12\n"
                                  "resolves=server02-private 198.18.0.12\n"
                                  "mount=/var/www server%1-private:/var-www\n")
                       .arg(n)
                       .arg(10 + number);
    if (withFstab)
        text +=
            QStringLiteral("fstab=/var/www server%1-private:/var-www defaults,_netdev\n").arg(n);
    text += QStringLiteral("brick_fs=/data/var-www/brick%1 /dev/vdb xfs\n"
                           "web=apache\n"
                           "docroot=/var/www/html\n"
                           "web_running=yes\n")
                .arg(n);
    return text.toUtf8();
}

SshSpec rootAt(const QString &host)
{
    SshSpec ssh;
    ssh.host = host;
    ssh.user = QStringLiteral("root");
    ssh.auth = SshSpec::Auth::Key;
    ssh.identityFile = QStringLiteral("/keys/id_ed25519");
    return ssh;
}

// The members of the healthy volume adopted from server01, as PairDiscovery fills them.
QList<PoolMember> adoptedFromServer01(bool server02Reached = true, bool server02Fstab = true)
{
    QString refusal;
    QList<PoolMember> members = AdoptedSpecBuilder::membersOf(
        healthyVolume(), healthyPool(), rootAt(QStringLiteral("198.18.1.11")), &refusal);
    if (members.size() != 2)
        qFatal("membersOf refused: %s", qPrintable(refusal));
    members[0].reached = true;
    members[0].report = MemberReport::parse(reportOf(1));
    AdoptedSpecBuilder::chooseSshTargets(&members, members[0].report, members[0].ssh, {});
    members[1].reached = server02Reached;
    if (server02Reached)
        members[1].report = MemberReport::parse(reportOf(2, server02Fstab));
    else
        members[1].unreachable = QStringLiteral("Connection refused");
    return members;
}
} // namespace

class tst_AdoptedSpec : public QObject
{
    Q_OBJECT

private slots:
    void memberReportDecodesFindmntEscapes()
    {
        const MemberReport report = MemberReport::parse(
            "hostname=web1\nmount=/srv/my\\x20site web1-priv:/site\n"
            "fstab=/srv/my\\x20site web1-priv:/site defaults,_netdev\nresolves=web2 \nweb=none\n");
        QCOMPARE(report.hostname, QStringLiteral("web1"));
        QCOMPARE(report.mounts.size(), 1);
        QCOMPARE(report.mounts.first().target, QStringLiteral("/srv/my site"));
        QVERIFY(MemberReport::ofVolume(report.fstab, QStringLiteral("site")));
        QVERIFY(!MemberReport::ofVolume(report.fstab, QStringLiteral("sit")));
        QVERIFY(report.resolves.contains(QStringLiteral("web2")));
        QVERIFY(report.resolves.value(QStringLiteral("web2")).isEmpty());
        QVERIFY(!report.hasWebServer);
    }

    // The one script the discovery runs on every member is valid bash, and quotes its values.
    void memberReportScriptIsValidBash()
    {
        const QString line = AdoptCommands::memberReport(
            QStringLiteral("/data/it's/volume"), {QStringLiteral("a;b"), QStringLiteral("c")});
        QVERIFY(line.startsWith(QStringLiteral("env LC_ALL=C bash -c ")));
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), QStringLiteral("-c"), line});
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
        // And it runs here, printing its keys (this machine is no pool member: nothing else).
        QProcess run;
        run.start(QStringLiteral("bash"), {QStringLiteral("-c"), line});
        QVERIFY(run.waitForFinished());
        QCOMPARE(run.exitCode(), 0);
        const MemberReport report = MemberReport::parse(run.readAllStandardOutput());
        QVERIFY(!report.hostname.isEmpty());
        QVERIFY(report.resolves.contains(QStringLiteral("a;b")));
    }

    void volumeChoice()
    {
        QString refusal;
        QVERIFY(AdoptedSpecBuilder::chooseVolume({}, QString(), &refusal).isEmpty());
        QVERIFY(refusal.contains(QStringLiteral("no volume")));

        GlusterVolume first = healthyVolume();
        GlusterVolume second = first;
        second.name = QStringLiteral("second");
        QCOMPARE(AdoptedSpecBuilder::chooseVolume({first}, QString(), &refusal),
                 QStringLiteral("var-www"));
        refusal.clear();
        QVERIFY(AdoptedSpecBuilder::chooseVolume({first, second}, QString(), &refusal).isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("var-www, second")) &&
                     refusal.contains(QStringLiteral("--volume")),
                 qPrintable(refusal));
        QCOMPARE(
            AdoptedSpecBuilder::chooseVolume({first, second}, QStringLiteral("second"), &refusal),
            QStringLiteral("second"));
        refusal.clear();
        QVERIFY(
            AdoptedSpecBuilder::chooseVolume({first}, QStringLiteral("nope"), &refusal).isEmpty());
        QVERIFY(refusal.contains(QStringLiteral("nope")));
    }

    void arbiterIsReportedNotAdopted()
    {
        GlusterVolume volume = healthyVolume();
        GlusterBrick arbiter =
            GlusterBrick::fromName(QStringLiteral("server03-private:/data/var-www/arbiter"));
        arbiter.isArbiter = true;
        volume.bricks << arbiter;
        volume.replicaCount = 3;
        volume.arbiterCount = 1;
        QString refusal;
        QVERIFY(AdoptedSpecBuilder::membersOf(volume, healthyPool(), rootAt(QStringLiteral("h")),
                                              &refusal)
                    .isEmpty());
        QVERIFY2(refusal.startsWith(QStringLiteral("arbiter found: server03-private:/data/"
                                                   "var-www/arbiter")),
                 qPrintable(refusal));
        QVERIFY(refusal.contains(QStringLiteral("two-server pairs")));
    }

    void otherLayoutsAreRefused()
    {
        GlusterVolume volume = healthyVolume();
        volume.bricks << volume.bricks.at(0) << volume.bricks.at(1);
        volume.brickCount = 4;
        QString refusal;
        QVERIFY(AdoptedSpecBuilder::membersOf(volume, healthyPool(), rootAt(QStringLiteral("h")),
                                              &refusal)
                    .isEmpty());
        QVERIFY(refusal.contains(QStringLiteral("4 bricks")));
    }

    void namesToResolveArePrefixesOfPrivateNames()
    {
        const QList<PoolMember> members = adoptedFromServer01();
        QCOMPARE(AdoptedSpecBuilder::namesToResolve(members),
                 QStringList({QStringLiteral("server01"), QStringLiteral("server01-private"),
                              QStringLiteral("server02"), QStringLiteral("server02-private")}));
    }

    void otherMemberReachedLikeTheFirst()
    {
        // The first server says it is server01, known as server01-private: server02-private's
        // public name is server02, which the first server resolves to 198.18.1.12.
        QList<PoolMember> members = adoptedFromServer01();
        QVERIFY(members.at(0).isFirst);
        QVERIFY(!members.at(1).isFirst);
        QCOMPARE(members.at(1).ssh.host, QStringLiteral("198.18.1.12"));
        QCOMPARE(members.at(1).ssh.user, QStringLiteral("root"));
        QCOMPARE(members.at(1).ssh.identityFile, QStringLiteral("/keys/id_ed25519"));
        QCOMPARE(members.at(1).name, QStringLiteral("server02"));

        // ~/.ssh/config's Host server02 wins: its own settings then apply.
        AdoptedSpecBuilder::chooseSshTargets(&members, members.at(0).report, members.at(0).ssh,
                                             {QStringLiteral("server02")});
        QCOMPARE(members.at(1).ssh.host, QStringLiteral("server02"));

        // No public name to be found: the private name.
        MemberReport bare = members.at(0).report;
        bare.resolves.clear();
        AdoptedSpecBuilder::chooseSshTargets(&members, bare, members.at(0).ssh, {});
        QCOMPARE(members.at(1).ssh.host, QStringLiteral("server02-private"));
    }

    void thePairIsFoundWholeAndValid()
    {
        const DiscoveredPair pair = AdoptedSpecBuilder::build(
            healthyVolume(), adoptedFromServer01(), {QStringLiteral("var-www")});
        QVERIFY2(pair.gaps.isEmpty(), qPrintable(pair.gaps.join(QLatin1Char('\n'))));
        QCOMPARE(pair.exitStatus(), 0);
        const SetupSpec &spec = pair.spec;
        QCOMPARE(spec.volume.name, QStringLiteral("var-www"));
        QCOMPARE(spec.volume.replica, 2);
        QCOMPARE(spec.mount.path, QStringLiteral("/var/www"));
        QCOMPARE(spec.web.server, WebSpec::Server::Apache);
        QCOMPARE(spec.servers.size(), 2);
        const ServerSpec &two = spec.servers.at(1);
        QCOMPARE(two.name, QStringLiteral("server02"));
        QCOMPARE(two.publicAddress, QStringLiteral("198.18.1.12"));
        QCOMPARE(two.privateName, QStringLiteral("server02-private"));
        QCOMPARE(two.privateAddress, QStringLiteral("198.18.0.12"));
        QCOMPARE(two.disk, QStringLiteral("/dev/vdb"));
        QCOMPARE(two.brickMount, QStringLiteral("/data/var-www/brick02"));
        QCOMPARE(two.brickDir, QStringLiteral("volume"));
        QCOMPARE(two.glusterBrick(),
                 QStringLiteral("server02-private:/data/var-www/brick02/volume"));
        // The spec is one the product accepts, once the split-brain risk is acknowledged
        // (an assumption it names: the spec does not decide that for the user).
        QVERIFY(!pair.assumptions.filter(QStringLiteral("split-brain")).isEmpty());
        SetupSpec acknowledged = spec;
        acknowledged.volume.acknowledgeSplitBrainRisk = true;
        const FieldProblems problems = SpecValidator::validate(acknowledged);
        QVERIFY2(problems.isEmpty(), qPrintable(SpecValidator::describe(problems).join('\n')));
    }

    void missingFstabLineIsAGap()
    {
        const DiscoveredPair pair = AdoptedSpecBuilder::build(
            healthyVolume(), adoptedFromServer01(true, false), {QStringLiteral("var-www")});
        QCOMPARE(pair.exitStatus(), 1);
        QCOMPARE(pair.gaps,
                 QStringList({QStringLiteral("server02: /etc/fstab has no line mounting var-www "
                                             "at /var/www: it is not mounted again after a "
                                             "reboot.")}));
        QCOMPARE(pair.spec.mount.path, QStringLiteral("/var/www"));
    }

    void unreachableMemberIsAGapNamingIt()
    {
        const DiscoveredPair pair = AdoptedSpecBuilder::build(
            healthyVolume(), adoptedFromServer01(false), {QStringLiteral("var-www")});
        QCOMPARE(pair.exitStatus(), 1);
        QCOMPARE(pair.gaps.size(), 1);
        QVERIFY2(pair.gaps.first().startsWith(
                     QStringLiteral("server02 (server02-private) could not be reached: "
                                    "Connection refused")),
                 qPrintable(pair.gaps.first()));
        QCOMPARE(pair.spec.servers.size(), 2);
        QCOMPARE(pair.spec.servers.at(1).privateName, QStringLiteral("server02-private"));
        QCOMPARE(pair.spec.servers.at(1).brickMount, QStringLiteral("/data/var-www/brick02"));
        // Its private address is known from server01's resolver.
        QCOMPARE(pair.spec.servers.at(1).privateAddress, QStringLiteral("198.18.0.12"));
    }

    void webServerOutsideTheVolumeIsAGap()
    {
        QList<PoolMember> members = adoptedFromServer01();
        members[1].report.documentRoot = QStringLiteral("/srv/www");
        members[1].report.webServerRunning = false;
        const DiscoveredPair pair =
            AdoptedSpecBuilder::build(healthyVolume(), members, {QStringLiteral("var-www")});
        QCOMPARE(pair.gaps, QStringList({QStringLiteral("server02: Apache serves /srv/www, not "
                                                        "/var/www/html."),
                                         QStringLiteral("server02: Apache is not running.")}));
    }

    // A value a server printed enters the spec only when the spec's rules accept it.
    void hostileValuesStayOut()
    {
        QList<PoolMember> members = adoptedFromServer01();
        members[1].report.hostname = QStringLiteral("evil;rm -rf /");
        members[1].report.reachedAddress = QStringLiteral("$(reboot)");
        members[1].report.brickDevice = QStringLiteral("/dev/vdb;reboot");
        const DiscoveredPair pair =
            AdoptedSpecBuilder::build(healthyVolume(), members, {QStringLiteral("var-www")});
        const ServerSpec &two = pair.spec.servers.at(1);
        QCOMPARE(two.name, QStringLiteral("server02"));
        QVERIFY(two.publicAddress.isEmpty());
        QVERIFY(two.disk.isEmpty());
        QCOMPARE(pair.exitStatus(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AdoptedSpec)
#include "tst_adoptedspec.moc"
