#include "connect/ConnectionCheck.h"
#include "connect/PeerNetworkCheck.h"

#include <QTest>

// The one-line summaries of the last two connectivity checks, and where SSH failures belong.
class TestPeerNetworkCheck : public QObject
{
    Q_OBJECT

    static SetupSpec pair()
    {
        SetupSpec spec;
        for (int i = 1; i <= 2; ++i) {
            ServerSpec s;
            s.name = QStringLiteral("server0%1").arg(i);
            s.privateName = s.name + QStringLiteral("-private");
            s.privateAddress = QStringLiteral("10.3.0.4%1").arg(i);
            spec.servers << s;
        }
        return spec;
    }
    static NameResolution resolves(const QString &name, const QStringList &addresses)
    {
        return {name, addresses};
    }

private slots:
    void names_data()
    {
        QTest::addColumn<QList<NameResolution>>("names");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("both resolve")
            << QList<NameResolution>{resolves("server01-private", {"10.3.0.41"}),
                                     resolves("server02-private", {"10.3.0.42", "::1"})}
            << int(CheckStatus::Passed)
            << "server01-private → 10.3.0.41; server02-private → 10.3.0.42";
        // The real result, never a pass: the name does not resolve until the plan adds it.
        QTest::newRow("not yet: not checked, /etc/hosts will say")
            << QList<NameResolution>{resolves("server01-private", {"10.3.0.41"}),
                                     resolves("server02-private", {})}
            << int(CheckStatus::NotChecked)
            << "not resolving yet: server02-private (added to /etc/hosts by the plan); "
               "server01-private → 10.3.0.41";
        QTest::newRow("none resolves")
            << QList<NameResolution>{} << int(CheckStatus::NotChecked)
            << "not resolving yet: server01-private, server02-private (added to /etc/hosts by "
               "the plan)";
        QTest::newRow("wrong address")
            << QList<NameResolution>{resolves("server01-private", {"10.3.0.41"}),
                                     resolves("server02-private", {"192.0.2.99"})}
            << int(CheckStatus::Failed) << "wrong address: server02-private → 192.0.2.99";
    }
    void names()
    {
        QFETCH(QList<NameResolution>, names);
        HostFacts facts;
        facts.names = names;
        const PeerNetworkCheck check = PeerNetworkCheck::names(pair(), 0, facts);
        QTEST(int(check.status), "status");
        QTEST(check.detail, "detail");
    }

    void port_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        // The port is tested by private address: the detail names the address it reached.
        QTest::newRow("open") << int(PortState::Open) << int(CheckStatus::Passed)
                              << "server02-private (10.3.0.42) answers";
        QTest::newRow("refused: nothing listens yet")
            << int(PortState::Refused) << int(CheckStatus::Passed)
            << "server02-private (10.3.0.42) reachable (glusterd not running yet)";
        QTest::newRow("filtered") << int(PortState::TimedOut) << int(CheckStatus::Failed)
                                  << "server02-private (10.3.0.42) does not answer (filtered)";
        QTest::newRow("unreachable") << int(PortState::Unreachable) << int(CheckStatus::Failed)
                                     << "server02-private (10.3.0.42) unreachable";
        // An answer that could not be read is not a pass, and not a failure of the network.
        QTest::newRow("unknown") << int(PortState::Unknown) << int(CheckStatus::NotChecked)
                                 << "server02-private (10.3.0.42) could not be tested";
    }
    void port()
    {
        QFETCH(int, state);
        HostFacts facts;
        facts.ports = {{QStringLiteral("server02-private"), PortState(state)}};
        const PeerNetworkCheck check = PeerNetworkCheck::peerPort(pair(), 0, facts);
        QTEST(int(check.status), "status");
        QTEST(check.detail, "detail");
    }

    void noPeerTestedIsNotAPass()
    {
        const PeerNetworkCheck check = PeerNetworkCheck::peerPort(pair(), 0, HostFacts());
        QCOMPARE(check.status, CheckStatus::NotChecked);
        QVERIFY(!check.detail.isEmpty());
    }

    // "Not checked" ends a check and lets the chain go on, but it is never a pass.
    void notCheckedIsFinalButNoPass_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("final");
        QTest::addColumn<bool>("letsThrough");
        QTest::newRow("pending") << int(CheckStatus::Pending) << false << false;
        QTest::newRow("running") << int(CheckStatus::Running) << false << false;
        QTest::newRow("decision") << int(CheckStatus::NeedsDecision) << false << false;
        QTest::newRow("passed") << int(CheckStatus::Passed) << true << true;
        QTest::newRow("failed") << int(CheckStatus::Failed) << true << false;
        QTest::newRow("skipped") << int(CheckStatus::Skipped) << true << false;
        QTest::newRow("not checked") << int(CheckStatus::NotChecked) << true << true;
    }
    void notCheckedIsFinalButNoPass()
    {
        QFETCH(int, status);
        QTEST(ConnectionChecks::isFinal(CheckStatus(status)), "final");
        QTEST(ConnectionChecks::letsThrough(CheckStatus(status)), "letsThrough");
    }

    void errorsBelongToTheirCheck_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("check");
        using K = SshError::Kind;
        QTest::newRow("refused") << int(K::ConnectFailed) << int(ConnectionCheck::Reach);
        QTest::newRow("timeout") << int(K::ConnectTimeout) << int(ConnectionCheck::Reach);
        QTest::newRow("changed key") << int(K::HostKeyChanged) << int(ConnectionCheck::HostKey);
        QTest::newRow("rejected key") << int(K::HostKeyRejected) << int(ConnectionCheck::HostKey);
        QTest::newRow("wrong password") << int(K::WrongPassword) << int(ConnectionCheck::Login);
        QTest::newRow("rsa key") << int(K::RsaKeyUnsupported) << int(ConnectionCheck::Login);
        QTest::newRow("no password given") << int(K::AuthCancelled) << int(ConnectionCheck::Login);
        QTest::newRow("requiretty") << int(K::SudoRequiresTty) << int(ConnectionCheck::Privileges);
        QTest::newRow("not in sudoers")
            << int(K::SudoNotAllowed) << int(ConnectionCheck::Privileges);
    }
    void errorsBelongToTheirCheck()
    {
        QFETCH(int, kind);
        QTEST(int(ConnectionChecks::forError(SshError::Kind(kind))), "check");
    }

    void statesShowTheRunningCheck()
    {
        using S = SshSession::State;
        QCOMPARE(ConnectionChecks::forState(S::Connecting), ConnectionCheck::Reach);
        QCOMPARE(ConnectionChecks::forState(S::AwaitingHostKeyDecision), ConnectionCheck::HostKey);
        QCOMPARE(ConnectionChecks::forState(S::AwaitingSecret), ConnectionCheck::Login);
        QCOMPARE(ConnectionChecks::forState(S::CheckingPrivileges), ConnectionCheck::Privileges);
        QCOMPARE(ConnectionChecks::all().size(), 7);
        for (ConnectionCheck check : ConnectionChecks::all())
            QVERIFY(!ConnectionChecks::title(check).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeerNetworkCheck)
#include "tst_peernetworkcheck.moc"
