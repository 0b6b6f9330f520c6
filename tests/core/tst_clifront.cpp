// The command line's one reader of the window's options (CommandLineFront::windowArguments,
// used by main() and wants()) and the one builder of a command's connection policy
// (ServerConnections::policyFor, used by check/plan facts, health and drill).
#include "CliOptions.h"
#include "CommandLineFront.h"
#include "ServerConnections.h"

#include <QTest>

class TestCliFront : public QObject
{
    Q_OBJECT
private slots:
    void windowArguments();
    void commandsAreNotTheWindow();
    void policyFromOptions();
};

void TestCliFront::windowArguments()
{
    const auto none = CommandLineFront::windowArguments({QStringLiteral("prog")});
    QVERIFY(none);
    QVERIFY(none->specPath.isEmpty());
    QVERIFY(none->knownHostsPath.isEmpty());

    const auto both = CommandLineFront::windowArguments(
        {QStringLiteral("prog"), QStringLiteral("--known-hosts"), QStringLiteral("/k h"),
         QStringLiteral("--spec"), QStringLiteral("/s.json")});
    QVERIFY(both);
    QCOMPARE(both->specPath, QStringLiteral("/s.json"));
    QCOMPARE(both->knownHostsPath, QStringLiteral("/k h"));
    QVERIFY(!CommandLineFront::wants(
        {QStringLiteral("prog"), QStringLiteral("--spec"), QStringLiteral("/s.json")}));

    // A value that looks like an option is the value (the window never reads it as --spec).
    const auto odd = CommandLineFront::windowArguments(
        {QStringLiteral("prog"), QStringLiteral("--known-hosts"), QStringLiteral("--spec")});
    QVERIFY(odd);
    QCOMPARE(odd->knownHostsPath, QStringLiteral("--spec"));
    QVERIFY(odd->specPath.isEmpty());
}

void TestCliFront::commandsAreNotTheWindow()
{
    for (const QStringList &arguments :
         {QStringList{"prog", "check", "/s.json"}, QStringList{"prog", "--help"},
          QStringList{"prog", "--spec", "/s.json", "health"}, QStringList{"prog", "chekc"}}) {
        QVERIFY2(!CommandLineFront::windowArguments(arguments), qPrintable(arguments.join(' ')));
        QVERIFY(CommandLineFront::wants(arguments));
    }
}

void TestCliFront::policyFromOptions()
{
    CliOptions options;
    options.knownHosts = QStringLiteral("/tmp/known_hosts");
    options.acceptNewHostKeys = true;
    SetupSpec spec;
    spec.servers.resize(2);
    spec.servers[0].name = QStringLiteral("server01");
    spec.servers[1].name = QStringLiteral("server02");
    ServerConnections::Policy policy;
    QString error;
    QVERIFY2(ServerConnections::policyFor(options, spec, true, &policy, &error), qPrintable(error));
    QCOMPARE(policy.knownHostsPath, QStringLiteral("/tmp/known_hosts"));
    QVERIFY(policy.acceptNewHostKeys);
    QVERIFY(policy.mayPrompt);
    QVERIFY(policy.useKeychain);
    QVERIFY(policy.sshConfigFile.isEmpty()); // OpenSSH's defaults, as before

    // A secret file that cannot be used is refused with the reason.
    options.secretFiles = {QStringLiteral("/nonexistent/ghw-secret")};
    QVERIFY(!ServerConnections::policyFor(options, spec, false, &policy, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliFront)
#include "tst_clifront.moc"
