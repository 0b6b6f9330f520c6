#include "LogView.h"

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

// The live log pane: bounded, batched, stderr in its own colour, following the end.
class TestLogView : public QObject
{
    Q_OBJECT
private slots:
    void writesLinesInOrderWithStderrColoured()
    {
        LogView view;
        view.appendNote(QStringLiteral("▶ step"));
        view.appendLines({QStringLiteral("out 1"), QStringLiteral("out 2")}, false);
        view.appendLines({QStringLiteral("err 1")}, true);
        QCOMPARE(view.document()->blockCount(), 1); // nothing laid out before the timer
        QCOMPARE(view.queuedLines(), 4);
        QTRY_COMPARE(view.queuedLines(), 0);
        QCOMPARE(view.toPlainText(), QStringLiteral("▶ step\nout 1\nout 2\nerr 1"));
        const QTextBlock out = view.document()->findBlockByNumber(1);
        const QTextBlock err = view.document()->findBlockByNumber(3);
        const QColor outColor = out.begin().fragment().charFormat().foreground().color();
        const QColor errColor = err.begin().fragment().charFormat().foreground().color();
        QVERIFY(outColor != errColor);
        QVERIFY(errColor.red() > errColor.green() && errColor.red() > errColor.blue());
    }

    void dropsWhatTheCapWouldTrimAndFlushesInBoundedBatches()
    {
        LogView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int total = LogView::kMaxBlocks + 5000;
        QStringList lines;
        for (int i = 0; i < total; ++i)
            lines << QStringLiteral("line %1").arg(i);
        view.appendLines(lines, false);
        QCOMPARE(view.queuedLines(), LogView::kMaxBlocks); // the oldest never laid out
        // Each timer tick writes one bounded batch.
        QTRY_VERIFY(view.queuedLines() < LogView::kMaxBlocks);
        const int written = LogView::kMaxBlocks - view.queuedLines();
        QCOMPARE(written % LogView::kMaxLinesPerFlush, 0);
        QCOMPARE(view.document()->blockCount(), written);
        view.flush();
        QCOMPARE(view.queuedLines(), 0);
        QVERIFY(view.document()->blockCount() <= LogView::kMaxBlocks);
        QCOMPARE(view.document()->lastBlock().text(), QStringLiteral("line %1").arg(total - 1));
        // It followed the end.
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
