// FanOut: the one "send to every place, count, finish once" of the probes (facts, connections,
// health, the result page). finished() must come exactly once, whatever arrives late or twice.
#include "async/FanOut.h"

#include <QSignalSpy>
#include <QTest>

class TestFanOut : public QObject
{
    Q_OBJECT
private slots:
    void finishesOnceWhenEveryPlaceSettled()
    {
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(3);
        QVERIFY(fan.settle(2));
        QVERIFY(fan.settle(0));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(fan.pending(), 1);
        QVERIFY(!fan.isFinished());
        QVERIFY(fan.settle(1));
        QCOMPARE(finished.count(), 1);
        QVERIFY(fan.isFinished());
        QVERIFY(!fan.wasCancelled());
        // A late or second answer changes nothing.
        QVERIFY(!fan.settle(1));
        QCOMPARE(finished.count(), 1);
    }

    void aServerSettlingTwiceCountsOnce()
    {
        // One server that fails (its connection error, then its command's error) must not
        // stand in for the other one that has not answered yet.
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(2);
        QVERIFY(fan.settle(0));
        QVERIFY(!fan.settle(0));
        QCOMPARE(finished.count(), 0);
        QVERIFY(fan.isSettled(0));
        QVERIFY(!fan.isSettled(1));
        QVERIFY(fan.settle(1));
        QCOMPARE(finished.count(), 1);
    }

    void outOfRangeIsIgnored()
    {
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(1);
        QVERIFY(!fan.settle(-1));
        QVERIFY(!fan.settle(1));
        QVERIFY(!fan.isSettled(5));
        QCOMPARE(finished.count(), 0);
        QVERIFY(fan.settle(0));
        QCOMPARE(finished.count(), 1);
    }

    void cancelFinishesNowAndOnce()
    {
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(2);
        QVERIFY(fan.settle(0));
        fan.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(fan.isFinished());
        QVERIFY(fan.wasCancelled());
        QVERIFY(!fan.isSettled(1));
        // The answer of the cancelled place, arriving afterwards, and a second cancel.
        QVERIFY(!fan.settle(1));
        fan.cancel();
        QCOMPARE(finished.count(), 1);
    }

    void cancelAfterTheEndIsNotACancel()
    {
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(1);
        fan.settle(0);
        fan.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!fan.wasCancelled());
    }

    void nothingToWaitForFinishesFromTheEventLoop()
    {
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(0);
        QCOMPARE(finished.count(), 0); // not from inside start(): the caller may connect late
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QTest::qWait(10);
        QCOMPARE(finished.count(), 1);
    }

    void aNewStartForgetsTheOldRound()
    {
        FanOut fan;
        QSignalSpy finished(&fan, &FanOut::finished);
        fan.start(0);
        fan.start(1); // the empty round's queued finish must not end this one
        QTest::qWait(10);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!fan.isFinished());
        QVERIFY(fan.settle(0));
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFanOut)
#include "tst_fanout.moc"
