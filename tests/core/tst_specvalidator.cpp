#include "CoreTestSupport.h"
#include "spec/SpecValidator.h"

#include <QTest>

#include <functional>

// Whole-spec rules: the ones between fields, and one message per field keyed by its path.
class TestSpecValidator : public QObject
{
    Q_OBJECT

private slots:
    void labSpecIsValid();
    void problems_data();
    void problems();
    void oneMessagePerField();
    void describeNamesFields();
    void threeServersNeedNoAcknowledgement();
    void arbiterSpecIsValid();
    void arbiterProblems_data();
    void arbiterProblems();
    void layoutsReshapeTheSpec();
};

using Change = std::function<void(SetupSpec &)>;
Q_DECLARE_METATYPE(Change)

namespace {
SetupSpec labSpec()
{
    return CoreTestSupport::loadSpec(QStringLiteral("core/lab-pair.json"));
}
SetupSpec arbiterSpec()
{
    return CoreTestSupport::loadSpec(QStringLiteral("core/lab-arbiter.json"));
}
} // namespace

void TestSpecValidator::labSpecIsValid()
{
    const FieldProblems problems = SpecValidator::validate(labSpec());
    QVERIFY2(problems.isEmpty(), qPrintable(SpecValidator::describe(problems).join('\n')));
}

void TestSpecValidator::problems_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no acknowledgement")
        << Change([](SetupSpec &s) { s.volume.acknowledgeSplitBrainRisk = false; })
        << "volume.acknowledgeSplitBrainRisk"
        << "prone to split-brain";
    QTest::newRow("one server") << Change([](SetupSpec &s) { s.servers.removeLast(); }) << "servers"
                                << "at least two servers";
    QTest::newRow("replica 3 on two servers")
        << Change([](SetupSpec &s) { s.volume.replica = 3; }) << "volume.replica"
        << "Replica 3 needs exactly 3 servers";
    QTest::newRow("replica 4") << Change([](SetupSpec &s) { s.volume.replica = 4; })
                               << "volume.replica"
                               << "must be 2 or 3";
    QTest::newRow("same name") << Change([](SetupSpec &s) { s.servers[1].name = "SERVER01"; })
                               << "servers[1].name"
                               << "already used by servers[0].name";
    QTest::newRow("private name = other's name")
        << Change([](SetupSpec &s) { s.servers[1].privateName = "server01"; })
        << "servers[1].privateName"
        << "already used by servers[0].name";
    QTest::newRow("same private address")
        << Change([](SetupSpec &s) { s.servers[1].privateAddress = "198.18.0.11"; })
        << "servers[1].privateAddress"
        << "already used by servers[0].privateAddress";
    QTest::newRow("same private address, other spelling") << Change([](SetupSpec &s) {
        s.servers[0].privateAddress = "fd00::11";
        s.servers[1].privateAddress = "FD00:0::11";
    }) << "servers[1].privateAddress"
                                                          << "already used";
    QTest::newRow("public = other's private")
        << Change([](SetupSpec &s) { s.servers[1].publicAddress = "198.18.0.11"; })
        << "servers[1].publicAddress"
        << "already used by servers[0].privateAddress";
    QTest::newRow("same ssh target")
        << Change([](SetupSpec &s) { s.servers[1].ssh.host = "server01"; }) << "servers[1].ssh.host"
        << "already used";
    QTest::newRow("brick inside the volume mount")
        << Change([](SetupSpec &s) { s.servers[0].brickMount = "/var/www/brick"; })
        << "servers[0].brickMount"
        << "must not contain each other";
    QTest::newRow("volume mount inside the brick") << Change([](SetupSpec &s) {
        s.servers[0].brickMount = "/srv/web";
        s.mount.path = "/srv/web/site";
    }) << "servers[0].brickMount"
                                                   << "must not contain each other";
    QTest::newRow("brick inside the kept content")
        << Change([](SetupSpec &s) { s.servers[0].brickMount = "/var/www.orig/b"; })
        << "servers[0].brickMount"
        << "where the old content is kept";
    QTest::newRow("key auth without key") << Change([](SetupSpec &s) {
        s.servers[0].ssh.auth = SshSpec::Auth::Key;
        s.servers[0].ssh.identityFile.clear();
    }) << "servers[0].ssh.identityFile"
                                          << "Enter the private key file";
    QTest::newRow("test file outside the document root")
        << Change([](SetupSpec &s) { s.web.testFile = "test.txt"; }) << "web.testFile"
        << "under html/";
    QTest::newRow("bad port") << Change([](SetupSpec &s) { s.servers[1].ssh.port = 70000; })
                              << "servers[1].ssh.port"
                              << "not a TCP port";
    QTest::newRow("bad brick dir")
        << Change([](SetupSpec &s) { s.servers[1].brickDir = "a/b"; }) << "servers[1].brickDir"
        << "not a valid directory name";
}

void TestSpecValidator::problems()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    SetupSpec spec = labSpec();
    change(spec);
    const FieldProblems problems = SpecValidator::validate(spec);
    const QString message = SpecValidator::messageFor(problems, field);
    QVERIFY2(message.contains(messagePart),
             qPrintable(SpecValidator::describe(problems).join('\n')));
}

void TestSpecValidator::oneMessagePerField()
{
    // Both names invalid and duplicated: each field still gets one message, the most basic one.
    SetupSpec spec = labSpec();
    spec.servers[0].privateName = "bad name";
    spec.servers[1].privateName = "bad name";
    spec.servers[0].disk = "vdb";
    const FieldProblems problems = SpecValidator::validate(spec);
    QStringList fields;
    for (const FieldProblem &p : problems) {
        QVERIFY2(!fields.contains(p.field), qPrintable(p.field));
        fields << p.field;
    }
    QCOMPARE(fields.size(), 3);
    QVERIFY(fields.contains("servers[0].disk"));
    QVERIFY(SpecValidator::messageFor(problems, "servers[1].privateName")
                .contains("not a valid host name"));
}

void TestSpecValidator::describeNamesFields()
{
    SetupSpec spec = labSpec();
    spec.volume.name = "all";
    const QStringList lines = SpecValidator::describe(SpecValidator::validate(spec));
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith("volume.name: \"all\" is a reserved word"));
}

void TestSpecValidator::threeServersNeedNoAcknowledgement()
{
    SetupSpec spec = labSpec();
    spec.volume.acknowledgeSplitBrainRisk = false;
    spec.volume.replica = 3;
    ServerSpec third = spec.servers.at(1);
    third.name = "server03";
    third.publicAddress = "198.18.1.13";
    third.privateName = "server03-private";
    third.privateAddress = "198.18.0.13";
    third.ssh.host = "server03";
    third.brickMount = "/data/var-www/brick03";
    spec.servers << third;
    const FieldProblems problems = SpecValidator::validate(spec);
    QVERIFY2(problems.isEmpty(), qPrintable(SpecValidator::describe(problems).join('\n')));
}

void TestSpecValidator::arbiterSpecIsValid()
{
    // Two data servers and an arbiter (replica 3 arbiter 1): no split-brain acknowledgement.
    const SetupSpec spec = arbiterSpec();
    QVERIFY(!spec.volume.acknowledgeSplitBrainRisk);
    QCOMPARE(spec.arbiterIndex(), 2);
    QCOMPARE(spec.dataServerIndexes(), (QList<int>{0, 1}));
    const FieldProblems problems = SpecValidator::validate(spec);
    QVERIFY2(problems.isEmpty(), qPrintable(SpecValidator::describe(problems).join('\n')));
}

void TestSpecValidator::arbiterProblems_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("arbiter with replica 2") << Change([](SetupSpec &s) {
        s.volume.replica = 2;
        s.volume.acknowledgeSplitBrainRisk = true;
    }) << "volume.replica"
                                            << "\"replica 3 arbiter 1\"";
    QTest::newRow("pair whose second server is an arbiter") << Change([](SetupSpec &s) {
        s.servers.removeAt(1);
        s.volume.replica = 2;
        s.volume.acknowledgeSplitBrainRisk = true;
    }) << "volume.replica"
                                                            << "set the replica count to 3";
    QTest::newRow("arbiter not last")
        << Change([](SetupSpec &s) { s.servers.move(2, 1); }) << "servers[1].role"
        << "must be the last server";
    QTest::newRow("arbiter first")
        << Change([](SetupSpec &s) { s.servers.move(2, 0); }) << "servers[0].role"
        << "must be the last server";
    QTest::newRow("two arbiters")
        << Change([](SetupSpec &s) { s.servers[1].role = ServerSpec::Role::Arbiter; })
        << "servers[2].role"
        << "Only one server can be the arbiter (servers[1].role already is)";
    QTest::newRow("arbiter and two data servers is not replica 4")
        << Change([](SetupSpec &s) { s.volume.replica = 4; }) << "volume.replica"
        << "must be 2 or 3";
    QTest::newRow("arbiter without a second data server")
        << Change([](SetupSpec &s) { s.servers.removeAt(1); }) << "volume.replica"
        << "Replica 3 needs exactly 3 servers";
}

void TestSpecValidator::arbiterProblems()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    SetupSpec spec = arbiterSpec();
    change(spec);
    const FieldProblems problems = SpecValidator::validate(spec);
    const QString message = SpecValidator::messageFor(problems, field);
    QVERIFY2(message.contains(messagePart),
             qPrintable(SpecValidator::describe(problems).join('\n')));
}

QTEST_GUILESS_MAIN(TestSpecValidator)
void TestSpecValidator::layoutsReshapeTheSpec()
{
    // Issue 11: the layout of a spec, and a spec reshaped to a layout (what the wizard's choice
    // does).
    QCOMPARE(labSpec().layout(), SetupSpec::Layout::TwoServers);
    QCOMPARE(arbiterSpec().layout(), SetupSpec::Layout::TwoWithArbiter);

    SetupSpec spec = labSpec();
    spec.setLayout(SetupSpec::Layout::TwoWithArbiter);
    QCOMPARE(spec.volume.replica, 3);
    QCOMPARE(spec.servers.size(), 3);
    QCOMPARE(spec.arbiterIndex(), 2);
    QCOMPARE(spec.servers.at(0).name, labSpec().servers.at(0).name); // the pair kept
    QCOMPARE(spec.layout(), SetupSpec::Layout::TwoWithArbiter);

    spec = arbiterSpec();
    spec.setLayout(SetupSpec::Layout::ThreeCopies);
    QCOMPARE(spec.layout(), SetupSpec::Layout::ThreeCopies);
    QVERIFY(!spec.hasArbiter());
    QCOMPARE(spec.servers.at(2).name, QStringLiteral("server03"));
    const FieldProblems problems = SpecValidator::validate(spec);
    QVERIFY2(problems.isEmpty(), qPrintable(SpecValidator::describe(problems).join('\n')));

    spec.setLayout(SetupSpec::Layout::TwoServers);
    QCOMPARE(spec.layout(), SetupSpec::Layout::TwoServers);
    QCOMPARE(spec.servers.size(), 2);
    QCOMPARE(spec.volume.replica, 2);
}

#include "tst_specvalidator.moc"
