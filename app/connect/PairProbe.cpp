#include "connect/PairProbe.h"
#include "connect/ConnectorPrompts.h"

#include "connect/PeerNetworkCheck.h"
#include "facts/FactsGatherer.h"

namespace {
int rank(ConnectionCheck check)
{
    return static_cast<int>(check);
}

QString privilegeText(SshPrivilege privilege)
{
    switch (privilege) {
    case SshPrivilege::Root:
        return QCoreApplication::translate("PairProbe", "logged in as root");
    case SshPrivilege::PasswordlessSudo:
        return QCoreApplication::translate("PairProbe", "sudo without a password");
    case SshPrivilege::SudoWithPassword:
        return QCoreApplication::translate("PairProbe", "sudo with the password");
    default:
        return QString();
    }
}
} // namespace

PairProbe::PairProbe(const SetupSpec &spec, const PairConnector::Policy &policy, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_connector(new PairConnector(spec, policy, this))
{
    const int count = serverCount();
    const int checks = static_cast<int>(ConnectionChecks::all().size());
    m_rows = QList<QList<Row>>(count, QList<Row>(checks));
    m_current = QList<ConnectionCheck>(count, ConnectionCheck::Reach);
    connect(m_connector, &PairConnector::stateChanged, this, &PairProbe::onStateChanged);
    connect(m_connector, &PairConnector::serverConnected, this, &PairProbe::onConnected);
    connect(m_connector, &PairConnector::serverFailed, this, &PairProbe::onFailed);
    connect(m_connector, &PairConnector::finished, this, &PairProbe::onAllSettled);
    connect(m_connector, &PairConnector::hostKeyDecisionNeeded, this,
            [this](int server, const SshHostKey &key) {
                set(server, ConnectionCheck::HostKey, CheckStatus::NeedsDecision,
                    tr("unknown: %1 %2").arg(key.typeLabel(), key.fingerprint()));
                emit hostKeyDecisionNeeded(ConnectorPrompts::hostKey(
                    m_connector, server, server, m_spec.servers.value(server).name, key));
            });
    connect(m_connector, &PairConnector::secretNeeded, this,
            [this](int server, SshSecretKind kind, const QString &prompt, int failedAttempts) {
                const ConnectionCheck check = kind == SshSecretKind::SudoPassword
                                                  ? ConnectionCheck::Privileges
                                                  : ConnectionCheck::Login;
                advanceTo(server, check, CheckStatus::NeedsDecision);
                set(server, check, CheckStatus::NeedsDecision,
                    failedAttempts > 0 ? tr("the password was not accepted")
                                       : tr("waiting for the password"));
                emit secretNeeded(ConnectorPrompts::secret(
                    server, m_spec.servers.value(server).name, kind, prompt, failedAttempts));
            });
}

void PairProbe::start()
{
    m_connector->start();
}

void PairProbe::acceptHostKey(int server)
{
    m_connector->acceptHostKey(server);
}

void PairProbe::rejectHostKey(int server)
{
    m_connector->rejectHostKey(server);
}

void PairProbe::provideSecret(int server, const QString &secret)
{
    m_connector->provideSecret(server, secret);
}

void PairProbe::cancelSecret(int server)
{
    m_connector->cancelSecret(server);
}

QStringList PairProbe::serversWithChangedHostKey() const
{
    QStringList names;
    const QList<SshError> errors = m_connector->errors();
    for (int i = 0; i < serverCount(); ++i) {
        const SshError::Kind kind = errors.value(i).kind;
        if (kind == SshError::Kind::HostKeyChanged || kind == SshError::Kind::HostKeyRevoked)
            names << m_spec.servers.value(i).name;
    }
    return names;
}

CheckStatus PairProbe::status(int server, ConnectionCheck check) const
{
    return m_rows.value(server).value(rank(check)).status;
}

QString PairProbe::detail(int server, ConnectionCheck check) const
{
    return m_rows.value(server).value(rank(check)).detail;
}

bool PairProbe::isReady() const
{
    if (!m_finished)
        return false;
    for (const QList<Row> &rows : m_rows) {
        for (const Row &row : rows) {
            if (!ConnectionChecks::letsThrough(row.status))
                return false;
        }
    }
    return true;
}

void PairProbe::set(int server, ConnectionCheck check, CheckStatus status, const QString &detail)
{
    Row &row = m_rows[server][rank(check)];
    if (row.status == status && row.detail == detail)
        return;
    row.status = status;
    row.detail = detail;
    emit checkChanged(server, check, status, detail);
}

// Marks every check before `check` as passed (a session only moves forward) and `check` as
// running or waiting.
void PairProbe::advanceTo(int server, ConnectionCheck check, CheckStatus status)
{
    if (rank(check) < rank(m_current.at(server)))
        check = m_current.at(server);
    for (int i = 0; i < rank(check); ++i) {
        if (!ConnectionChecks::isFinal(m_rows.at(server).at(i).status))
            set(server, ConnectionCheck(i), CheckStatus::Passed, m_rows.at(server).at(i).detail);
    }
    m_current[server] = check;
    if (!ConnectionChecks::isFinal(m_rows.at(server).at(rank(check)).status))
        set(server, check, status, m_rows.at(server).at(rank(check)).detail);
}

void PairProbe::onStateChanged(int server, SshSession::State state)
{
    if (state == SshSession::State::Disconnected || state == SshSession::State::Connected)
        return;
    const bool waiting = state == SshSession::State::AwaitingHostKeyDecision ||
                         state == SshSession::State::AwaitingSecret;
    if (state == SshSession::State::Authenticating &&
        m_current.at(server) == ConnectionCheck::Reach)
        set(server, ConnectionCheck::Reach, CheckStatus::Passed);
    advanceTo(server, ConnectionChecks::forState(state),
              waiting ? CheckStatus::NeedsDecision : CheckStatus::Running);
}

void PairProbe::onConnected(int server)
{
    SshSession *session = m_connector->session(server);
    const SshEndpoint &endpoint = session->endpoint();
    const QString address =
        QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.effectivePort());
    // A server behind a jump host (ProxyJump) or a ProxyCommand says through what.
    set(server, ConnectionCheck::Reach, CheckStatus::Passed,
        endpoint.via.isEmpty() ? address : tr("%1 via %2").arg(address, endpoint.via));
    const SshHostKey key = session->hostKey();
    set(server, ConnectionCheck::HostKey, CheckStatus::Passed,
        QStringLiteral("%1 (%2)").arg(key.fingerprint(), key.typeLabel()));
    set(server, ConnectionCheck::Login, CheckStatus::Passed,
        tr("as %1 (%2)").arg(endpoint.effectiveUser(), SshEndpoint::authMethodName(endpoint.auth)));
    if (session->privilegeError().isError()) {
        set(server, ConnectionCheck::Privileges, CheckStatus::Failed,
            session->privilegeError().message);
        skipRest(server, ConnectionCheck::Privileges, tr("needs root privileges"));
        return;
    }
    set(server, ConnectionCheck::Privileges, CheckStatus::Passed,
        privilegeText(session->privilege()));
    m_current[server] = ConnectionCheck::Facts;
}

void PairProbe::onFailed(int server, const SshError &error)
{
    ConnectionCheck failed = ConnectionChecks::forError(error.kind);
    if (rank(failed) < rank(m_current.at(server)))
        failed = m_current.at(server);
    for (int i = 0; i < rank(failed); ++i) {
        if (!ConnectionChecks::isFinal(m_rows.at(server).at(i).status))
            set(server, ConnectionCheck(i), CheckStatus::Passed, m_rows.at(server).at(i).detail);
    }
    set(server, failed, CheckStatus::Failed, error.message);
    skipRest(server, failed, QString());
}

void PairProbe::skipRest(int server, ConnectionCheck after, const QString &detail)
{
    // The reason once, on the first check it holds back.
    for (int i = rank(after) + 1; i < m_rows.at(server).size(); ++i)
        set(server, ConnectionCheck(i), CheckStatus::Skipped,
            i == rank(after) + 1 ? detail : QString());
}

void PairProbe::onAllSettled()
{
    bool everyoneRoot = true;
    for (int i = 0; i < serverCount(); ++i)
        everyoneRoot =
            everyoneRoot && status(i, ConnectionCheck::Privileges) == CheckStatus::Passed;
    if (!everyoneRoot) {
        // The facts are gathered for the pair at once (names and ports are about the peers).
        for (int i = 0; i < serverCount(); ++i) {
            if (status(i, ConnectionCheck::Privileges) == CheckStatus::Passed)
                skipRest(i, ConnectionCheck::Privileges, tr("waits for the other server"));
        }
        finish();
        return;
    }
    for (int i = 0; i < serverCount(); ++i)
        set(i, ConnectionCheck::Facts, CheckStatus::Running, tr("reading the system (read-only)"));
    m_gatherer = new FactsGatherer(m_spec, m_connector->sessions(), this);
    connect(m_gatherer, &FactsGatherer::finished, this, &PairProbe::onFactsGathered);
    m_gatherer->start();
}

void PairProbe::onFactsGathered()
{
    m_facts = m_gatherer->facts();
    for (int i = 0; i < serverCount(); ++i) {
        const QString error = m_gatherer->errors().value(i);
        if (!error.isEmpty()) {
            set(i, ConnectionCheck::Facts, CheckStatus::Failed, error);
            skipRest(i, ConnectionCheck::Facts, QString());
            continue;
        }
        const HostFacts &facts = m_facts.at(i);
        if (facts.family() == OsFamily::Unknown ||
            facts.packageManager == PackageManager::Unknown) {
            set(i, ConnectionCheck::Facts, CheckStatus::Failed,
                tr("unsupported system: %1").arg(facts.os.prettyName));
        } else {
            set(i, ConnectionCheck::Facts, CheckStatus::Passed, facts.os.prettyName);
        }
        const PeerNetworkCheck names = PeerNetworkCheck::names(m_spec, i, facts);
        set(i, ConnectionCheck::Names, names.status, names.detail);
        const PeerNetworkCheck port = PeerNetworkCheck::peerPort(m_spec, i, facts);
        set(i, ConnectionCheck::PeerPort, port.status, port.detail);
    }
    if (m_gatherer->allGathered())
        m_findings = ReadinessCheck::evaluate(m_spec, m_facts);
    m_gatherer->deleteLater();
    m_gatherer = nullptr;
    finish();
}

void PairProbe::finish()
{
    m_finished = true;
    emit finished(isReady());
}
