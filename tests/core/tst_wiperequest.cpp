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
    const QList<WipeRequest> wipes = {{"server02", "/dev/vdb"}};
    QVERIFY(WipeRequest::covers(wipes, "server02", "/dev/vdb"));
    QVERIFY(!WipeRequest::covers(wipes, "server01", "/dev/vdb"));
    QVERIFY(!WipeRequest::covers({}, "server02", "/dev/vdb"));
}

QTEST_GUILESS_MAIN(TestWipeRequest)
#include "tst_wiperequest.moc"
