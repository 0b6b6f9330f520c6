#include "CoreTestSupport.h"
#include "shell/ShellQuote.h"
#include "shell/StepCommand.h"

#include <QTest>

// ShellQuote::quote is the one way a value becomes bash: every value must come back from a real
// bash byte for byte, also after a second level of shell (the remote line a server's login
// shell runs).
class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughBash_data();
    void roundTripThroughBash();
    void roundTripThroughRemoteLine_data() { roundTripThroughBash_data(); }
    void roundTripThroughRemoteLine();
    void plainWordsStayReadable_data();
    void plainWordsStayReadable();
    void nulIsDropped();
    void quoteAllKeepsWordsApart();
};

void TestShellQuote::roundTripThroughBash_data()
{
    QTest::addColumn<QString>("value");
    const QList<QPair<const char *, QString>> rows = {
        {"plain", QStringLiteral("server01-private")},
        {"empty", QString()},
        {"space", QStringLiteral("Hello, World!")},
        {"single quote", QStringLiteral("it's")},
        {"only quotes", QStringLiteral("''''")},
        {"double quote", QStringLiteral("say \"hi\"")},
        {"command substitution", QStringLiteral("$(touch /tmp/ghw-pwned)")},
        {"backticks", QStringLiteral("`touch /tmp/ghw-pwned`")},
        {"variable", QStringLiteral("$HOME ${PATH} $1 $@ $$")},
        {"semicolon", QStringLiteral("a; rm -rf /")},
        {"and or pipe", QStringLiteral("a && b || c | d & e")},
        {"redirections", QStringLiteral("<in >out 2>&1 >>x")},
        {"newline", QStringLiteral("line1\nline2\n")},
        {"carriage return", QStringLiteral("a\rb")},
        {"tab", QStringLiteral("a\tb")},
        {"leading dash", QStringLiteral("-rf")},
        {"long option", QStringLiteral("--option=value")},
        {"glob", QStringLiteral("* ? [a-z] {a,b}")},
        {"tilde", QStringLiteral("~root/x")},
        {"history", QStringLiteral("!! !-1 !$")},
        {"comment", QStringLiteral("#not a comment")},
        {"backslash", QStringLiteral("a\\b\\\\c\\")},
        {"assignment", QStringLiteral("PATH=/tmp")},
        {"percent", QStringLiteral("%1 %s %%")},
        {"unicode", QStringLiteral("Grüße, 世界")},
        {"emoji", QStringLiteral("🌍")},
        {"cyrillic look-alike", QStringLiteral("serv\u0435r01")},
        {"fullwidth semicolon", QStringLiteral("a\uFF1B b")},
        {"zero width", QStringLiteral("a\u200Bb")},
        {"right-to-left override", QStringLiteral("a\u202Eb")},
        {"escape sequence", QStringLiteral("\x1b[31mred")},
        {"dollar single quote", QStringLiteral("$'\\x41'")},
        {"heredoc marker", QStringLiteral("<<EOF\nGHW_END\nEOF")},
        {"long", QString(5000, QLatin1Char('\''))},
    };
    for (const auto &row : rows)
        QTest::newRow(row.first) << row.second;
}

void TestShellQuote::roundTripThroughBash()
{
    QFETCH(QString, value);
    const QString script = QStringLiteral("printf '%s' ") + ShellQuote::quote(value);
    const CoreTestSupport::ProcessResult r = CoreTestSupport::bash(script);
    QVERIFY(r.started);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, value.toUtf8());
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/ghw-pwned")));
}

void TestShellQuote::roundTripThroughRemoteLine()
{
    // The server's login shell gets the remote line as one string; bash -c plays that shell.
    QFETCH(QString, value);
    const QString line =
        StepCommand::remoteLine(QStringLiteral("printf '%s' ") + ShellQuote::quote(value));
    const CoreTestSupport::ProcessResult r = CoreTestSupport::bash(line);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, value.toUtf8());
}

void TestShellQuote::plainWordsStayReadable_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << "server01-private"
                          << "server01-private";
    QTest::newRow("path") << "/data/var-www/brick01"
                          << "/data/var-www/brick01";
    QTest::newRow("brick") << "s1:/data/b/volume"
                           << "s1:/data/b/volume";
    QTest::newRow("address") << "10.3.0.44"
                             << "10.3.0.44";
    QTest::newRow("ipv6") << "fd00::44"
                          << "fd00::44";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("tilde") << "~"
                           << "'~'";
    QTest::newRow("non-ascii letter") << "\u0430"
                                      << "'\u0430'";
}

void TestShellQuote::plainWordsStayReadable()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ShellQuote::quote(value), expected);
}

void TestShellQuote::nulIsDropped()
{
    const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QCOMPARE(ShellQuote::quote(withNul), QStringLiteral("ab"));
}

void TestShellQuote::quoteAllKeepsWordsApart()
{
    const QStringList words = {QStringLiteral("a b"), QString(), QStringLiteral("$(x)"),
                               QStringLiteral("-n")};
    const CoreTestSupport::ProcessResult r =
        CoreTestSupport::bash(QStringLiteral("printf '<%s>' ") + ShellQuote::quoteAll(words));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("<a b><><$(x)><-n>"));
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
