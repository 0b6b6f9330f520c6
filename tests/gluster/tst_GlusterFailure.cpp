#include "GlusterTestData.h"

#include "gluster/GlusterFailure.h"

#include <QTest>

using GlusterTestData::fixture;
using Kind = GlusterFailure::Kind;

class TestGlusterFailure : public QObject
{
    Q_OBJECT

private slots:
    void classifiesPlainText_data();
    void classifiesPlainText();
    void commandFailedKeepsGlusterWords();
    void timedOutIsRetryable();
    void longTextIsCut();
    void kindNamesAreStable();
};

void TestGlusterFailure::classifiesPlainText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("detail");

    QTest::newRow("daemon down (real)")
        << fixture(QStringLiteral("F1-down-peer-status-server02.txt"))
        << int(Kind::DaemonUnreachable) << false
        << QStringLiteral("Connection failed. Please check if "
                          "gluster daemon is operational.");
    QTest::newRow("timed out (real)")
        << fixture(QStringLiteral("dev1-F2-volume-status-right-after-cut.txt"))
        << int(Kind::RequestTimedOut) << true << QStringLiteral("# phase: fault");
    QTest::newRow("lock held") << QByteArray("Another transaction is in progress for var-www. "
                                             "Please try again after some time.\n")
                               << int(Kind::TransactionInProgress) << true
                               << QStringLiteral("Another transaction is in progress for "
                                                 "var-www. Please try again after some time.");
    QTest::newRow("already started")
        << QByteArray("volume start: var-www: failed: Volume var-www already started\n")
        << int(Kind::CommandFailed) << false
        << QStringLiteral("volume start: var-www: failed: Volume var-www already started");
    QTest::newRow("nothing") << QByteArray("\n\n") << int(Kind::NoOutput) << false << QString();
    QTest::newRow("usage noise") << QByteArray("Usage:\nvolume create <NEW-VOLNAME> ...\n")
                                 << int(Kind::Unrecognized) << false << QStringLiteral("Usage:");
}

void TestGlusterFailure::classifiesPlainText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, detail);
    const GlusterFailure failure = GlusterFailure::fromPlainText(QString::fromUtf8(text));
    QCOMPARE(int(failure.kind()), kind);
    QCOMPARE(failure.isFailure(), true);
    QCOMPARE(failure.isRetryable(), retryable);
    QCOMPARE(failure.detail(), detail);
    QVERIFY(!failure.message().isEmpty());
}

void TestGlusterFailure::commandFailedKeepsGlusterWords()
{
    const GlusterFailure failure =
        GlusterFailure::commandFailed(-1, 30800, QStringLiteral("Volume nosuch does not exist"));
    QCOMPARE(failure.kind(), Kind::CommandFailed);
    QCOMPARE(failure.detail(), QStringLiteral("Volume nosuch does not exist"));
    QCOMPARE(failure.opErrno(), 30800);
    QVERIFY(failure.message().contains(QStringLiteral("Volume nosuch does not exist")));
    const GlusterFailure bare = GlusterFailure::commandFailed(-1, 2, QString());
    QVERIFY(bare.message().contains(QStringLiteral("-1")));
    QVERIFY(!GlusterFailure().isFailure());
}

void TestGlusterFailure::timedOutIsRetryable()
{
    const GlusterFailure failure =
        GlusterFailure::timedOut(QStringLiteral("gluster volume status var-www --xml"));
    QCOMPARE(failure.kind(), Kind::RequestTimedOut);
    QVERIFY(failure.isRetryable());
    QCOMPARE(failure.detail(), QStringLiteral("gluster volume status var-www --xml"));
}

void TestGlusterFailure::longTextIsCut()
{
    const GlusterFailure failure = GlusterFailure::fromPlainText(QString(5000, QLatin1Char('x')));
    QCOMPARE(failure.kind(), Kind::Unrecognized);
    QCOMPARE(failure.detail().size(), 200);
    QVERIFY(failure.message().size() < 400);
}

void TestGlusterFailure::kindNamesAreStable()
{
    QCOMPARE(GlusterFailure::kindName(Kind::DaemonUnreachable),
             QStringLiteral("daemon-unreachable"));
    QCOMPARE(GlusterFailure::kindName(Kind::RequestTimedOut), QStringLiteral("request-timed-out"));
    QCOMPARE(GlusterFailure::kindName(Kind::TransactionInProgress),
             QStringLiteral("transaction-in-progress"));
    QCOMPARE(GlusterFailure::kindName(Kind::Malformed), QStringLiteral("malformed"));
}

QTEST_GUILESS_MAIN(TestGlusterFailure)
#include "tst_GlusterFailure.moc"
