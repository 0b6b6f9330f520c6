#include "CoreTestSupport.h"
#include "plan/PlanText.h"
#include "plan/Planner.h"
#include "shell/StepCommand.h"

#include <QJsonArray>
#include <QTest>

class TestPlanText : public QObject
{
    Q_OBJECT

private slots:
    void textShowsEveryStepsExactCommands();
    void jsonHoldsTheRemoteLines();
};

namespace {
struct Fixture
{
    SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    Plan plan = Planner::plan(spec, QList<HostFacts>(2, HostFacts::assumed(OsFamily::Debian))).plan;
};

QString indented(const QString &text)
{
    QString out;
    for (const QString &line : text.split('\n')) {
        if (!line.isEmpty())
            out += "    " + line;
        out += '\n';
    }
    out.chop(1);
    return out;
}
} // namespace

void TestPlanText::textShowsEveryStepsExactCommands()
{
    const Fixture f;
    const QString text = PlanText::toText(f.spec, f.plan);
    QVERIFY(text.startsWith("Plan for volume var-www on server01, server02: 31 step(s).\n"));
    int position = 0;
    for (int i = 0; i < f.plan.size(); ++i) {
        const Step &s = f.plan.steps().at(i);
        const QString header =
            QStringLiteral("[%1/31] %2: %3").arg(i + 1).arg(s.serverName, s.title);
        const int at = int(text.indexOf(header, position));
        QVERIFY2(at >= position, qPrintable(header));
        position = at;
        for (const QString &part : {s.check, s.apply, s.verify})
            QVERIFY2(text.indexOf(indented(part), position) > position, qPrintable(s.id));
    }
    QVERIFY(text.contains("Format /dev/vdb as XFS (destroys data: asks first unless --yes)"));
}

void TestPlanText::jsonHoldsTheRemoteLines()
{
    const Fixture f;
    const QJsonObject json = PlanText::toJson(f.spec, f.plan);
    const QJsonArray steps = json.value("steps").toArray();
    QCOMPARE(steps.size(), f.plan.size());
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        const Step &s = f.plan.steps().at(i);
        QCOMPARE(o.value("id").toString(), s.id);
        QCOMPARE(o.value("server").toString(), s.serverName);
        QCOMPARE(o.value("destructive").toBool(), s.destructive);
        QCOMPARE(o.value("apply").toString(), s.apply);
        QCOMPARE(o.value("remote").toObject().value("verify").toString(),
                 StepCommand::remoteLine(s.verify));
        QCOMPARE(o.value("dependsOn").toArray().size(), s.dependsOn.size());
    }
}

QTEST_GUILESS_MAIN(TestPlanText)
#include "tst_plantext.moc"
