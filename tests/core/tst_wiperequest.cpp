#include "CoreTestSupport.h"
#include "spec/WipeRequest.h"

#include <QTest>

class TestWipeRequest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void covers();
    void boundToTheDiskIdentity();
};

void TestWipeRequest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("ok") << "server02:/dev/vdb" << true << "";
    QTest::newRow("no colon") << "server02" << false << "expects SERVER:DEVICE";
    QTest::newRow("no server") << ":/dev/vdb" << false << "expects SERVER:DEVICE";
    QTest::newRow("no device") << "server02:" << false << "expects SERVER:DEVICE";
    QTest::newRow("unknown server")
        << "server09:/dev/vdb" << false << "no server named \"server09\"";
    QTest::newRow("other disk") << "server02:/dev/vdc" << false
                                << "the disk of server02 in the spec is /dev/vdb";
    QTest::newRow("not a device") << "server02:/etc/passwd" << false << "not a device path";
    QTest::newRow("hostile device") << "server02:/dev/vdb;reboot" << false << "not a device path";
}

void TestWipeRequest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    WipeRequest request;
    QString error;
    QCOMPARE(WipeRequest::parse(text, spec, &request, &error), ok);
    if (ok) {
        QCOMPARE(request.server, QStringLiteral("server02"));
        QCOMPARE(request.device, QStringLiteral("/dev/vdb"));
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }
}

void TestWipeRequest::covers()
{
    const QList<WipeRequest> wipes = {{"server02", "/dev/vdb", {}}};
    QVERIFY(WipeRequest::covers(wipes, "server02", "/dev/vdb"));
    QVERIFY(!WipeRequest::covers(wipes, "server01", "/dev/vdb"));
    QVERIFY(!WipeRequest::covers({}, "server02", "/dev/vdb"));
}

// A wipe permits erasing the disk as the check saw it: bound to its identity, or to nothing.
void TestWipeRequest::boundToTheDiskIdentity()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    WipeRequest request;
    QString error;
    QVERIFY(WipeRequest::parse("server02:/dev/vdb", spec, &request, &error));
    QVERIFY(!request.isBound()); // parsed from the command line: not bound yet
    const QString identity = "size=1073741824 serial= wwn= ptuuid= 0:ext4@0x438=1b2c";
    const QList<WipeRequest> bound = WipeRequest::bound({request}, spec, {"id-of-01", identity});
    QCOMPARE(bound.size(), 1);
    QVERIFY(bound.first().isBound());
    QCOMPARE(bound.first().identity, identity);
    QVERIFY(!(bound.first() == request)); // another identity is another permission
    const WipeRequest *found = WipeRequest::find(bound, "server02", "/dev/vdb");
    QVERIFY(found);
    QCOMPARE(found->identity, identity);
    // A disk whose identity could not be read binds to nothing: the permission permits nothing.
    QVERIFY(!WipeRequest::bound({request}, spec, {"id-of-01", ""}).first().isBound());
    QVERIFY(!WipeRequest::bound({request}, spec, {"id-of-01"}).first().isBound());
    // A request naming another disk than the spec's is never bound.
    const WipeRequest other{"server02", "/dev/vdc", {}};
    QVERIFY(!WipeRequest::bound({other}, spec, {"a", identity}).first().isBound());
}

QTEST_GUILESS_MAIN(TestWipeRequest)
#include "tst_wiperequest.moc"
