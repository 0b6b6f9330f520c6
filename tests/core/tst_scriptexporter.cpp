#include "CoreTestSupport.h"
#include "plan/Planner.h"
#include "plan/ScriptExporter.h"
#include "shell/StepCommand.h"

#include <QTemporaryDir>
#include <QTest>

// The exported script: clean for bash -n and shellcheck, and holding each step's remote lines
// byte for byte — proven by the script itself (--dry-run prints what it would send) run by a
// real bash, compared with StepCommand::remoteLine of the plan.
class TestScriptExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syntaxAndShellcheck_data();
    void syntaxAndShellcheck();
    void sendsExactlyThePlansCommands_data();
    void sendsExactlyThePlansCommands();
    void remoteLinesAppearVerbatim();
    void sshTargets();
    void noSecrets();
    void usage();
    void delimiterNeverClashes();
    void strictHostKeysAgainstTheExportsKnownHosts();

private:
    QString write(const QString &script);
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {
struct Exported
{
    SetupSpec spec;
    Plan plan;
    QString script;
};

Exported exportFor(OsFamily family, const QString &testContent = {},
                   const QList<WipeRequest> &wipes = {})
{
    Exported e;
    e.spec = CoreTestSupport::loadSpec("core/contract-example.json");
    e.spec.volume.acknowledgeSplitBrainRisk = true;
    if (!testContent.isEmpty())
        e.spec.web.testContent = testContent;
    const PlanResult result =
        Planner::plan(e.spec, QList<HostFacts>(2, HostFacts::assumed(family)), wipes);
    e.plan = result.plan;
    e.script = ScriptExporter::exportScript(e.spec, e.plan, wipes);
    return e;
}
} // namespace

void TestScriptExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestScriptExporter::write(const QString &script)
{
    const QString path = m_dir.filePath(QStringLiteral("script%1.sh").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(script.toUtf8());
    return path;
}

void TestScriptExporter::syntaxAndShellcheck_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("content");
    QTest::newRow("debian") << int(OsFamily::Debian) << QString();
    QTest::newRow("fedora") << int(OsFamily::Fedora) << QString();
    QTest::newRow("hostile content")
        << int(OsFamily::Debian) << QStringLiteral("GHW_END' \"; $(reboot) `x` 🌍");
}

void TestScriptExporter::syntaxAndShellcheck()
{
    QFETCH(int, family);
    QFETCH(QString, content);
    const Exported e = exportFor(OsFamily(family), content);
    QVERIFY(e.script.startsWith("#!/usr/bin/env bash\n"));
    const QString path = write(e.script);
    const auto syntax = CoreTestSupport::run("bash", {"-n", path});
    QCOMPARE(syntax.exitCode, 0);
    const auto check = CoreTestSupport::run("shellcheck", {path});
    QVERIFY2(check.started, "shellcheck is missing: install the shellcheck package");
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestScriptExporter::sendsExactlyThePlansCommands_data()
{
    syntaxAndShellcheck_data();
}

void TestScriptExporter::sendsExactlyThePlansCommands()
{
    QFETCH(int, family);
    QFETCH(QString, content);
    const Exported e = exportFor(OsFamily(family), content,
                                 {WipeRequest{"server02", "/dev/vdb", "size=1 serial= wwn="}});
    QString expected;
    for (int i = 0; i < e.plan.size(); ++i)
        expected += ScriptExporter::dryRunBlock(i + 1, e.plan.size(), e.plan.steps().at(i));
    const auto r = CoreTestSupport::run("bash", {write(e.script), "--dry-run"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), expected);
}

void TestScriptExporter::remoteLinesAppearVerbatim()
{
    const Exported e = exportFor(OsFamily::Debian);
    for (const Step &s : e.plan.steps()) {
        for (const QString &text : {s.check, s.apply, s.verify})
            QVERIFY2(e.script.contains("\n" + StepCommand::remoteLine(text) + "\nGHW_END\n"),
                     qPrintable(s.id));
    }
}

void TestScriptExporter::sshTargets()
{
    const Exported e = exportFor(OsFamily::Debian);
    QVERIFY(e.script.contains(
        "0) ghw_args=(-p 22 -l root -i \"$HOME\"/.ssh/id_ed25519 -- 37.153.173.244) ;;"));
    QVERIFY(e.script.contains("1) ghw_args=(-p 22 -l admin -- 37.153.173.245) ;;"));
    QVERIFY(e.script.contains("0) echo server01 ;;"));
    QVERIFY(e.script.contains("ghw_step 5 0 mkfs:server01 yes 'Format /dev/vdb as XFS'\n"));
}

void TestScriptExporter::noSecrets()
{
    // The spec has no place for a secret; the script asks ssh/sudo at run time and never
    // embeds sudo -S or a password option.
    const Exported e = exportFor(OsFamily::Debian);
    QVERIFY(!e.script.contains("sshpass"));
    QVERIFY(!e.script.contains("sudo -S"));
    QVERIFY(!e.script.contains("PasswordAuthentication"));
    QVERIFY(e.script.contains("ghw_default_sudo='sudo -n --'\n"));
    QVERIFY(e.script.contains("ghw_sudo=${GHW_SUDO:-$ghw_default_sudo}\n"));
}

void TestScriptExporter::usage()
{
    const QString path = write(exportFor(OsFamily::Debian).script);
    const auto help = CoreTestSupport::run("bash", {path, "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("GHW_SSH"));
    const auto bad = CoreTestSupport::run("bash", {path, "--frobnicate"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("unknown option: --frobnicate"));
}

void TestScriptExporter::strictHostKeysAgainstTheExportsKnownHosts()
{
    const SetupSpec spec = CoreTestSupport::loadSpec("core/contract-example.json");
    const Plan plan;
    // The known_hosts of the export, as ssh reads it (double quotes keep a space in the path).
    const QString withFile = ScriptExporter::exportScript(spec, plan, {}, "/srv/a b/known_hosts");
    QVERIFY2(withFile.contains("\nghw_default_ssh=(ssh -o 'UserKnownHostsFile=\"/srv/a "
                               "b/known_hosts\"' -o StrictHostKeyChecking=yes)\n"),
             qPrintable(withFile));
    // None given: ssh's own configuration names the file, still checked strictly.
    const QString withoutFile = ScriptExporter::exportScript(spec, plan);
    QVERIFY(withoutFile.contains("\nghw_default_ssh=(ssh -o StrictHostKeyChecking=yes)\n"));
    // The words ssh gets, as bash splits them (GHW_SSH replacing them: tst_scriptrun).
    const QString line =
        withFile.section(QStringLiteral("\nghw_default_ssh="), 1).section('\n', 0, 0);
    const auto r = CoreTestSupport::bash("ghw_default_ssh=" + line +
                                         "\nprintf '%s|' \"${ghw_default_ssh[@]}\"\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("ssh|-o|UserKnownHostsFile=\"/srv/a b/known_hosts\"|-o|"
                            "StrictHostKeyChecking=yes|"));
}

void TestScriptExporter::delimiterNeverClashes()
{
    Plan plan;
    Step step;
    step.id = "odd:server01";
    step.serverName = "server01";
    step.title = "odd";
    step.check = "cat <<'X'\nGHW_END\nX\n";
    step.apply = "true\n";
    step.verify = "true\n";
    plan.append(step);
    SetupSpec spec = CoreTestSupport::loadSpec("core/lab-pair.json");
    const QString script = ScriptExporter::exportScript(spec, plan);
    QVERIFY(script.contains("<<'GHW_END_1'"));
    const auto r = CoreTestSupport::run("bash", {write(script), "--dry-run"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), ScriptExporter::dryRunBlock(1, 1, step));
}

QTEST_GUILESS_MAIN(TestScriptExporter)
#include "tst_scriptexporter.moc"
