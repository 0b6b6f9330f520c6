#include "Redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void redact_data();
    void redact();
    void linesInPlace();
};

void TestRedactor::redact_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing to hide") << QStringList{} << "echo hi"
                                     << "echo hi";
    QTest::newRow("one secret") << QStringList{"s3cr3t"} << "pass=s3cr3t;"
                                << "pass=********;";
    QTest::newRow("every occurrence") << QStringList{"pw"} << "pw pw"
                                      << "******** ********";
    QTest::newRow("longest first") << QStringList{"abc", "abcdef"} << "x abcdef y abc"
                                   << "x ******** y ********";
    QTest::newRow("empty secret ignored") << QStringList{""} << "text"
                                          << "text";
    QTest::newRow("unicode") << QStringList{QStringLiteral("pässwörd")}
                             << QStringLiteral("a pässwörd b") << "a ******** b";
}

void TestRedactor::redact()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redactor(secrets).redact(text), expected);
}

void TestRedactor::linesInPlace()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("tok"));
    QStringList lines{QStringLiteral("a tok"), QStringLiteral("clean"), QStringLiteral("tok")};
    redactor.redactInPlace(lines);
    QCOMPARE(lines, (QStringList{QStringLiteral("a ********"), QStringLiteral("clean"),
                                 QStringLiteral("********")}));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
