#include "health/HealthReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using State = HealthCheck::State;
using Overall = HealthReport::Overall;

namespace {
HealthCheck check(const QString &id, State state, bool breaks = false)
{
    HealthCheck made =
        HealthCheck::make(id, QStringLiteral("server01"), id + QStringLiteral(" title"), state,
                          id + QStringLiteral(" reason"));
    made.breaksService = breaks;
    return made;
}

HealthReport sampleReport()
{
    HealthReport report;
    report.volumeName = QStringLiteral("var-www");
    report.observedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    HealthCheck split =
        HealthCheck::make(QStringLiteral("split-brain"), QString(), QStringLiteral("Split-brain"),
                          State::Fail, QStringLiteral("Both copies changed."));
    split.subject = QStringLiteral("/html/<b>&\"x'.txt");
    split.fixCommands = {QStringLiteral("gluster volume heal var-www split-brain bigger-file "
                                        "'/html/<b>&\"x'\\''.txt'")};
    report.checks = {check(QStringLiteral("glusterd"), State::Ok), split};
    HealthRawOutput raw;
    raw.server = QStringLiteral("server01");
    raw.command = QStringLiteral("gluster peer status --xml");
    raw.exitStatus = 0;
    raw.output = QStringLiteral("<cliOutput><script>alert(1)</script></cliOutput>");
    report.rawOutputs = {raw};
    return report;
}
} // namespace

class TestHealthReport : public QObject
{
    Q_OBJECT

private slots:
    void overallFollowsTheWorstCheck_data();
    void overallFollowsTheWorstCheck();
    void jsonHasTheDocumentedShape();
    void jsonRoundTrips();
    void rejectsOtherJson_data();
    void rejectsOtherJson();
    void textLinesShowProblemsAndFixes();
    void textLinesCarryNoEscapeSequences();
    void htmlIsSelfContainedAndEscaped();
};

void TestHealthReport::overallFollowsTheWorstCheck_data()
{
    QTest::addColumn<QList<HealthCheck>>("checks");
    QTest::addColumn<int>("overall");
    QTest::addColumn<QString>("name");

    const QString a = QStringLiteral("a");
    QTest::newRow("no checks") << QList<HealthCheck>() << int(Overall::Healthy) << "healthy";
    QTest::newRow("all ok") << QList<HealthCheck>{check(a, State::Ok), check(a, State::Ok)}
                            << int(Overall::Healthy) << "healthy";
    QTest::newRow("warning only") << QList<HealthCheck>{check(a, State::Ok), check(a, State::Warn)}
                                  << int(Overall::Healthy) << "healthy";
    QTest::newRow("unknown") << QList<HealthCheck>{check(a, State::Unknown)}
                             << int(Overall::Degraded) << "degraded";
    QTest::newRow("fail") << QList<HealthCheck>{check(a, State::Fail)} << int(Overall::Degraded)
                          << "degraded";
    QTest::newRow("breaking fail")
        << QList<HealthCheck>{check(a, State::Fail), check(a, State::Fail, true)}
        << int(Overall::Broken) << "broken";
    // breaksService only counts when the check actually fails.
    QTest::newRow("breaking but ok")
        << QList<HealthCheck>{check(a, State::Ok, true)} << int(Overall::Healthy) << "healthy";
}

void TestHealthReport::overallFollowsTheWorstCheck()
{
    QFETCH(QList<HealthCheck>, checks);
    QFETCH(int, overall);
    QFETCH(QString, name);
    HealthReport report;
    report.volumeName = QStringLiteral("var-www");
    report.checks = checks;
    QCOMPARE(int(report.overall()), overall);
    QCOMPARE(HealthReport::overallName(report.overall()), name);
    QVERIFY(report.summary().contains(QStringLiteral("var-www")));
}

void TestHealthReport::jsonHasTheDocumentedShape()
{
    const QJsonObject root = QJsonDocument::fromJson(sampleReport().toJson()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("gluster-ha-wizard/health"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("volume")).toString(), QStringLiteral("var-www"));
    QCOMPARE(root.value(QStringLiteral("observedAt")).toString(),
             QStringLiteral("2024-05-06T07:08:09Z"));
    QCOMPARE(root.value(QStringLiteral("overall")).toString(), QStringLiteral("degraded"));
    QVERIFY(!root.value(QStringLiteral("summary")).toString().isEmpty());
    const QJsonArray checks = root.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 2);
    const QJsonObject split = checks.at(1).toObject();
    QCOMPARE(
        split.keys(),
        (QStringList{QStringLiteral("breaksService"), QStringLiteral("fixCommands"),
                     QStringLiteral("id"), QStringLiteral("reason"), QStringLiteral("server"),
                     QStringLiteral("state"), QStringLiteral("subject"), QStringLiteral("title")}));
    QCOMPARE(split.value(QStringLiteral("id")).toString(), QStringLiteral("split-brain"));
    QCOMPARE(split.value(QStringLiteral("state")).toString(), QStringLiteral("fail"));
    QCOMPARE(split.value(QStringLiteral("server")).toString(), QString());
    QCOMPARE(split.value(QStringLiteral("fixCommands")).toArray().size(), 1);
    QCOMPARE(split.value(QStringLiteral("breaksService")).toBool(), false);
    const QJsonObject raw = root.value(QStringLiteral("rawOutputs")).toArray().first().toObject();
    QCOMPARE(raw.keys(), (QStringList{QStringLiteral("command"), QStringLiteral("exitStatus"),
                                      QStringLiteral("output"), QStringLiteral("server"),
                                      QStringLiteral("timedOut")}));
    QCOMPARE(raw.value(QStringLiteral("exitStatus")).toInt(), 0);
}

void TestHealthReport::jsonRoundTrips()
{
    const HealthReport original = sampleReport();
    HealthReport read;
    QString error;
    QVERIFY2(HealthReport::fromJson(original.toJson(), &read, &error), qPrintable(error));
    QCOMPARE(read.toJson(), original.toJson());
    QCOMPARE(read.checks.at(1).subject, original.checks.at(1).subject);
    QCOMPARE(read.observedAt, original.observedAt);
    QCOMPARE(read.overall(), Overall::Degraded);
}

void TestHealthReport::rejectsOtherJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("other format") << QByteArray("{\"format\":\"x\",\"version\":1}");
    QTest::newRow("future version")
        << QByteArray("{\"format\":\"gluster-ha-wizard/health\",\"version\":2}");
    QTest::newRow("bad state") << QByteArray(
        "{\"format\":\"gluster-ha-wizard/health\",\"version\":1,"
        "\"checks\":[{\"id\":\"x\",\"state\":\"fine\"}]}");
}

void TestHealthReport::rejectsOtherJson()
{
    QFETCH(QByteArray, json);
    HealthReport read;
    QString error;
    QVERIFY(!HealthReport::fromJson(json, &read, &error));
    QVERIFY(!error.isEmpty());
}

void TestHealthReport::textLinesShowProblemsAndFixes()
{
    const QStringList lines = sampleReport().toTextLines();
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("DEGRADED: ")));
    QCOMPARE(lines.at(1), QStringLiteral("server01: [ ok ] glusterd title"));
    QCOMPARE(lines.at(2), QStringLiteral("pair:     [FAIL] Split-brain (/html/<b>&\"x'.txt)"));
    QCOMPARE(lines.at(3), QStringLiteral("                 Both copies changed."));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("                 fix: gluster volume heal")));
}

// A split-brain file named with escape sequences (a window title, a screen clear, a colour):
// `health` prints the name, never the sequences.
void TestHealthReport::textLinesCarryNoEscapeSequences()
{
    HealthReport report = sampleReport();
    const QString hostile = QStringLiteral("/html/page\x1b]0;owned\x07\x1b[2J\x1b[31m.html");
    report.checks[1].subject = hostile;
    report.checks[1].reason = QStringLiteral("Both copies of %1 changed.").arg(hostile);
    report.checks[1].fixCommands = {
        QStringLiteral("gluster volume heal var-www split-brain bigger-file '%1'").arg(hostile)};
    const QStringList lines = report.toTextLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(2), QStringLiteral("pair:     [FAIL] Split-brain (/html/page.html)"));
    QCOMPARE(lines.at(3),
             QStringLiteral("                 Both copies of /html/page.html changed."));
    QVERIFY(lines.at(4).endsWith(QStringLiteral("bigger-file '/html/page.html'")));
    for (const QString &line : lines) {
        for (const QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f),
                     qPrintable(line.toUtf8().toPercentEncoding()));
    }
}

void TestHealthReport::htmlIsSelfContainedAndEscaped()
{
    const QString html = sampleReport().toHtml();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("/html/&lt;b&gt;&amp;&quot;x'.txt")));
    QVERIFY(!html.contains(QStringLiteral("/html/<b>")));
    QVERIFY(!html.contains(QStringLiteral("http://")) &&
            !html.contains(QStringLiteral("https://")));
    QVERIFY(!html.contains(QStringLiteral("src=")) && !html.contains(QStringLiteral("href=")));
    QVERIFY(html.contains(QStringLiteral("class=\"fail\"")));
    QVERIFY(html.contains(QStringLiteral("class=\"degraded\"")));
    QVERIFY(html.contains(QStringLiteral("2024-05-06T07:08:09Z")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_HealthReport.moc"
