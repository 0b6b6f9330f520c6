#include "LineSplitter.h"

#include <QTest>

class TestLineSplitter : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void everyChunkBoundary();
    void endlessLineIsCut();
};

void TestLineSplitter::split_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("one line") << QList<QByteArray>{"a\n"} << QStringList{"a"};
    QTest::newRow("no final newline") << QList<QByteArray>{"a\nb"} << QStringList{"a", "b"};
    QTest::newRow("split across chunks")
        << QList<QByteArray>{"he", "llo\nwo", "rld\n"} << QStringList{"hello", "world"};
    QTest::newRow("crlf") << QList<QByteArray>{"a\r\nb\r", "\n"} << QStringList{"a", "b"};
    QTest::newRow("empty lines") << QList<QByteArray>{"\n\nx\n"} << QStringList{"", "", "x"};
    QTest::newRow("utf-8 split inside a character")
        << QList<QByteArray>{"gr\xc3", "\xbc\xc3\x9f\n"} << QStringList{QStringLiteral("grüß")};
    QTest::newRow("nothing") << QList<QByteArray>{} << QStringList{};
}

void TestLineSplitter::split()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, lines);
    LineSplitter splitter;
    QStringList out;
    for (const QByteArray &chunk : chunks)
        splitter.feed(chunk.constData(), chunk.size(), out);
    splitter.finish(out);
    QCOMPARE(out, lines);
}

void TestLineSplitter::everyChunkBoundary()
{
    const QByteArray text = "first line\nsecond\n\nlast without newline";
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        LineSplitter splitter;
        QStringList out;
        splitter.feed(text.constData(), cut, out);
        splitter.feed(text.constData() + cut, text.size() - cut, out);
        splitter.finish(out);
        QCOMPARE(out, (QStringList{"first line", "second", "", "last without newline"}));
    }
}

void TestLineSplitter::endlessLineIsCut()
{
    LineSplitter splitter;
    QStringList out;
    const QByteArray block(64 * 1024, 'x');
    for (int i = 0; i < 20; ++i)
        splitter.feed(block.constData(), block.size(), out);
    QCOMPARE(out.size(), 1); // 1 MiB reached once
    QCOMPARE(out.first().size(), LineSplitter::maxLineBytes);
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
