#include "CoreTestSupport.h"
#include "facts/FactsOutputParser.h"
#include "facts/FactsScript.h"
#include "shell/StepCommand.h"

#include <QFile>
#include <QTest>

// The gathering script run for real by bash on this machine (it only reads): what it reports
// must match what the machine is.
class TestFactsScript : public QObject
{
    Q_OBJECT

private slots:
    void syntaxAndShellcheck();
    void gathersThisMachine();
    void missingDisk();
    void testsThePortByAddressBeforeTheNameResolves();
};

namespace {
SetupSpec specWithDisk(const QString &disk)
{
    SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    for (ServerSpec &server : spec.servers)
        server.disk = disk;
    spec.servers[0].privateName = "localhost"; // resolves on every machine
    spec.servers[0].privateAddress = "127.0.0.1";
    return spec;
}
} // namespace

void TestFactsScript::syntaxAndShellcheck()
{
    const QString script = FactsScript::build(specWithDisk("/dev/vdb"), 0);
    QCOMPARE(CoreTestSupport::bashSyntax(script), QString());
    QCOMPARE(CoreTestSupport::shellcheck(script), QString());
}

void TestFactsScript::gathersThisMachine()
{
    const QString script = FactsScript::build(specWithDisk("/dev/null"), 1);
    const auto r = CoreTestSupport::bash(StepCommand::remoteLine(script));
    QCOMPARE(r.exitCode, 0);
    const HostFacts f = FactsOutputParser::parse(QString::fromUtf8(r.out));
    QVERIFY2(f.parseProblems.isEmpty(), qPrintable(f.parseProblems.join('\n')));

    QFile osRelease("/etc/os-release");
    QVERIFY(osRelease.open(QIODevice::ReadOnly));
    QVERIFY(osRelease.readAll().contains(("ID=" + f.os.id).toUtf8()));
    QCOMPARE(f.systemd, QFile::exists("/run/systemd/system"));
    QVERIFY(f.disk.exists);             // /dev/null exists...
    QVERIFY(!f.disk.isBlockDevice);     // ...but is no disk
    QVERIFY(!f.blockDevices.isEmpty()); // lsblk sees this machine's disks
    QVERIFY(!MountTableParser::at(f.mounts, "/").isEmpty());
    // "localhost" resolves to a loopback address here; server02-private does not.
    QCOMPARE(f.names.size(), 2);
    QCOMPARE(f.names.at(0).name, QStringLiteral("localhost"));
    QVERIFY(!f.names.at(0).addresses.isEmpty());
    QVERIFY(f.names.at(1).addresses.isEmpty());
    // Port 24007 of "localhost", seen from server02: refused (no glusterd on this machine's
    // loopback) or open (if one runs); never a timeout on loopback.
    QCOMPARE(f.ports.size(), 1);
    QCOMPARE(f.ports.at(0).peer, QStringLiteral("localhost"));
    QVERIFY2(f.ports.at(0).state == PortState::Refused || f.ports.at(0).state == PortState::Open,
             qPrintable(QString::number(int(f.ports.at(0).state))));
}

void TestFactsScript::missingDisk()
{
    const QString script = FactsScript::build(specWithDisk("/dev/ghw-no-such-disk"), 0);
    const auto r = CoreTestSupport::bash(StepCommand::remoteLine(script));
    QCOMPARE(r.exitCode, 0);
    const HostFacts f = FactsOutputParser::parse(QString::fromUtf8(r.out));
    QVERIFY(!f.disk.exists);
    QVERIFY(f.disk.blkid.isEmpty());
}

// A fresh pair: the peer's private name does not resolve yet (the plan adds it to /etc/hosts),
// but port 24007 is tested at its private address all the same, never postponed.
void TestFactsScript::testsThePortByAddressBeforeTheNameResolves()
{
    SetupSpec spec = specWithDisk("/dev/null");
    spec.servers[0].privateName = "ghw-peer-private.invalid"; // never resolves (RFC 6761)
    const auto r = CoreTestSupport::bash(StepCommand::remoteLine(FactsScript::build(spec, 1)));
    QCOMPARE(r.exitCode, 0);
    const HostFacts f = FactsOutputParser::parse(QString::fromUtf8(r.out));
    QVERIFY(f.resolution("ghw-peer-private.invalid"));
    QVERIFY(f.resolution("ghw-peer-private.invalid")->addresses.isEmpty());
    QCOMPARE(f.ports.size(), 1);
    QCOMPARE(f.ports.at(0).peer, QStringLiteral("ghw-peer-private.invalid"));
    // 127.0.0.1:24007 answers: refused (no glusterd here) or open; never a timeout on loopback.
    QVERIFY2(f.ports.at(0).state == PortState::Refused || f.ports.at(0).state == PortState::Open,
             qPrintable(QString::number(int(f.ports.at(0).state))));
}

QTEST_GUILESS_MAIN(TestFactsScript)
#include "tst_factsscript.moc"
