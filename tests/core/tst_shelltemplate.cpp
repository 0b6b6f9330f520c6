#include "CoreTestSupport.h"
#include "shell/ShellQuote.h"
#include "shell/ShellTemplate.h"

#include <QTest>

class TestShellTemplate : public QObject
{
    Q_OBJECT

private slots:
    void quotesEveryValue();
    void singlePass_data();
    void singlePass();
    void listsBecomeWords();
    void bashSyntaxIsNotAPlaceholder();
    void unknownPlaceholderStaysVisible();
};

void TestShellTemplate::quotesEveryValue()
{
    const QString text = ShellTemplate(QStringLiteral("printf '%s|' @A@ @B@"))
                             .set(QStringLiteral("A"), QStringLiteral("x y"))
                             .set(QStringLiteral("B"), QStringLiteral("$(id)"))
                             .text();
    QCOMPARE(text, QStringLiteral("printf '%s|' 'x y' '$(id)'"));
    QCOMPARE(CoreTestSupport::bash(text).out, QByteArray("x y|$(id)|"));
}

void TestShellTemplate::singlePass_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("placeholder inside value") << QStringLiteral("@B@");
    QTest::newRow("qt arg marker") << QStringLiteral("%1 %2");
    QTest::newRow("both") << QStringLiteral("@A@%1@B@");
}

void TestShellTemplate::singlePass()
{
    // A value is never expanded again, whatever it contains.
    QFETCH(QString, value);
    const QString text = ShellTemplate(QStringLiteral("printf '%s|' @A@ @B@"))
                             .set(QStringLiteral("A"), value)
                             .set(QStringLiteral("B"), QStringLiteral("second"))
                             .text();
    QCOMPARE(CoreTestSupport::bash(text).out, (value + QStringLiteral("|second|")).toUtf8());
}

void TestShellTemplate::listsBecomeWords()
{
    const QString text =
        ShellTemplate(QStringLiteral("a=(@L@); printf '<%s>' \"${a[@]}\""))
            .setList(QStringLiteral("L"), {QStringLiteral("one two"), QStringLiteral("it's")})
            .text();
    QCOMPARE(CoreTestSupport::bash(text).out, QByteArray("<one two><it's>"));
}

void TestShellTemplate::bashSyntaxIsNotAPlaceholder()
{
    const QString source = QStringLiteral("f() { printf '%s' \"$@\" \"${a[@]}\"; }");
    QCOMPARE(ShellTemplate(source).text(), source);
    QVERIFY(ShellTemplate::unresolvedPlaceholders(source).isEmpty());
}

void TestShellTemplate::unknownPlaceholderStaysVisible()
{
    const QString text = ShellTemplate(QStringLiteral("echo @MISSING@ @SET@"))
                             .set(QStringLiteral("SET"), QStringLiteral("x"))
                             .text();
    QCOMPARE(text, QStringLiteral("echo @MISSING@ x"));
    QCOMPARE(ShellTemplate::unresolvedPlaceholders(text), QStringList{QStringLiteral("MISSING")});
}

QTEST_GUILESS_MAIN(TestShellTemplate)
#include "tst_shelltemplate.moc"
