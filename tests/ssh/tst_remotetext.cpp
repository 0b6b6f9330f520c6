// RemoteText::printable, the one filter between a server's text and a terminal or a widget:
// hostile escape sequences go whole, control characters go, newline, tab and UTF-8 stay.
#include "RemoteText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
// No C0/C1 control other than newline and tab, no DEL, no bidirectional override.
bool isTerminalSafe(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
            (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}
} // namespace

class TestRemoteText : public QObject
{
    Q_OBJECT
private slots:
    void hostileTextBecomesPrintable_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "brick01/volume: ok"
                               << "brick01/volume: ok";
        QTest::newRow("utf-8 kept") << "Fichier été ✓ 日本語"
                                    << "Fichier été ✓ 日本語";
        QTest::newRow("tab and newline kept") << "a\tb\nc"
                                              << "a\tb\nc";
        QTest::newRow("colour (CSI SGR)") << "\x1b[31mred\x1b[0m"
                                          << "red";
        QTest::newRow("clear screen, cursor home") << "x\x1b[2J\x1b[Hy"
                                                   << "xy";
        QTest::newRow("private CSI") << "\x1b[?1049hz"
                                     << "z";
        QTest::newRow("window title (OSC, BEL)") << "a\x1b]0;pwned\x07"
                                                    "b"
                                                 << "ab";
        QTest::newRow("hyperlink (OSC 8, ST)")
            << "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\"
            << "click";
        QTest::newRow("DCS to ST") << "a\x1bPq#0;2;0;0;0\x1b\\b"
                                   << "ab";
        QTest::newRow("charset switch (nF)") << "a\x1b(0b"
                                             << "ab";
        QTest::newRow("two-char ESC") << "a\x1b"
                                         "7b\x1b"
                                         "8c"
                                      << "abc";
        QTest::newRow("lone ESC at the end") << "abc\x1b"
                                             << "abc";
        QTest::newRow("unterminated OSC") << "ok\x1b]52;c;ZXZpbA=="
                                          << "ok";
        QTest::newRow("carriage return overwrites") << "safe\rEVIL"
                                                    << "safeEVIL";
        QTest::newRow("backspace, bell, NUL, DEL") << QStringLiteral("a\bb\x07"
                                                                     "c") +
                                                          QChar(0) +
                                                          QStringLiteral("d\x7f"
                                                                         "e")
                                                   << "abcde";
        QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2Jb")
                                << "ab";
        QTest::newRow("C1 OSC to C1 ST")
            << QStringLiteral("a") + QChar(0x9d) + QStringLiteral("0;t") + QChar(0x9c) +
                   QStringLiteral("b")
            << "ab";
        QTest::newRow("other C1") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b")
                                  << "ab";
        QTest::newRow("bidi override")
            << QStringLiteral("file") + QChar(0x202e) + QStringLiteral("txt.exe") << "filetxt.exe";
    }
    void hostileTextBecomesPrintable()
    {
        QFETCH(QString, input);
        const QString output = RemoteText::printable(input);
        QTEST(output, "expected");
        QVERIFY(isTerminalSafe(output));
        QCOMPARE(RemoteText::printable(output), output); // nothing left to strip
    }

    void linesOneByOne()
    {
        QCOMPARE(RemoteText::printable(QStringList{"\x1b[1mbold\x1b[0m", "plain"}),
                 (QStringList{"bold", "plain"}));
    }

    void joinedLinesGiveTheOutputBack()
    {
        QCOMPARE(RemoteText::joinedLines({}), QByteArray());
        QCOMPARE(RemoteText::joinedLines({QStringLiteral("<a>"), QStringLiteral("été\x1b[31m")}),
                 QByteArray("<a>\n\xc3\xa9t\xc3\xa9\x1b[31m\n"));
    }

    // A real file whose name carries escape sequences (as a split-brain report would list it):
    // the name as the file system gives it back, then as it may be printed.
    void aRealFileNameWithEscapes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hostile = QStringLiteral("page\x1b]0;owned\x07\x1b[2J\x1b[31m.html");
        QFile file(dir.filePath(hostile));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QStringList names = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(names.size(), 1);
        QCOMPARE(names.first(), hostile);
        QCOMPARE(RemoteText::printable(names.first()), QStringLiteral("page.html"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteText)
#include "tst_remotetext.moc"
