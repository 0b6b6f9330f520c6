#include "session/ConnectionModel.h"

#include "connect/PairProbe.h"
#include "session/SpecModel.h"

ConnectionModel::ConnectionModel(SpecModel *spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
    resizeSecrets();
    connect(spec, &SpecModel::serverCountChanged, this, [this](int count) {
        resizeSecrets();
        if (!m_probe)
            emit serverCountChanged(count);
    });
}

ConnectionModel::~ConnectionModel() = default;

void ConnectionModel::resizeSecrets()
{
    m_secrets.resize(m_spec->serverCount());
    m_remember.resize(m_spec->serverCount());
}

void ConnectionModel::setSecret(int server, const QString &secret)
{
    if (server >= 0 && server < m_secrets.size())
        m_secrets[server] = secret;
}

void ConnectionModel::setRememberSecret(int server, bool remember)
{
    if (server >= 0 && server < m_remember.size())
        m_remember[server] = remember;
}

// What the connectivity checks depend on: who the servers are and how they are reached.
QString ConnectionModel::connectionKey(const SetupSpec &spec)
{
    QStringList parts;
    for (const ServerSpec &s : spec.servers) {
        parts << s.name << s.publicAddress << s.privateName << s.privateAddress << s.ssh.host
              << QString::number(s.ssh.port) << s.ssh.user << SshSpec::authName(s.ssh.auth)
              << s.ssh.identityFile;
    }
    return parts.join(QLatin1Char('\n'));
}

void ConnectionModel::startChecks()
{
    emit sessionsClosing();
    delete m_probe;
    PairConnector::Policy policy;
    policy.knownHostsPath = m_knownHostsPath;
    policy.sshConfigFile = m_sshConfigFile;
    const SetupSpec &spec = m_spec->spec();
    m_probe = new PairProbe(spec, policy, this);
    m_probeKey = connectionKey(spec);
    for (int i = 0; i < spec.servers.size(); ++i) {
        m_probe->connector()->setSecret(i, PairConnector::typedSecretKind(spec.servers[i].ssh.auth),
                                        m_secrets.value(i));
        m_probe->connector()->setRememberSecret(i, m_remember.value(i));
    }
    connect(m_probe, &PairProbe::checkChanged, this, &ConnectionModel::checkChanged);
    connect(m_probe, &PairProbe::hostKeyDecisionNeeded, this,
            &ConnectionModel::hostKeyDecisionNeeded);
    connect(m_probe, &PairProbe::secretNeeded, this, &ConnectionModel::secretNeeded);
    connect(m_probe, &PairProbe::finished, this, &ConnectionModel::finished);
    emit checksStarted();
    m_probe->start();
}

bool ConnectionModel::checksMatchSpec() const
{
    return m_probe && m_probeKey == connectionKey(m_spec->spec());
}

bool ConnectionModel::isChecking() const
{
    return m_probe && !m_probe->isFinished();
}

bool ConnectionModel::isFinished() const
{
    return m_probe && m_probe->isFinished();
}

bool ConnectionModel::isConnected() const
{
    return m_probe && m_probe->isReady() && checksMatchSpec();
}

int ConnectionModel::serverCount() const
{
    return m_probe ? m_probe->serverCount() : m_spec->serverCount();
}

QString ConnectionModel::serverName(int server) const
{
    return (m_probe ? m_probe->spec() : m_spec->spec()).servers.value(server).name;
}

CheckStatus ConnectionModel::status(int server, ConnectionCheck check) const
{
    return m_probe ? m_probe->status(server, check) : CheckStatus::Pending;
}

QString ConnectionModel::detail(int server, ConnectionCheck check) const
{
    return m_probe ? m_probe->detail(server, check) : QString();
}

QList<ReadinessFinding> ConnectionModel::findings(int server) const
{
    QList<ReadinessFinding> mine;
    if (!m_probe)
        return mine;
    for (const ReadinessFinding &finding : m_probe->findings()) {
        if (finding.serverIndex == server)
            mine << finding;
    }
    return mine;
}

QStringList ConnectionModel::serversWithChangedHostKey() const
{
    return m_probe ? m_probe->serversWithChangedHostKey() : QStringList();
}

void ConnectionModel::acceptHostKey(int server)
{
    if (m_probe)
        m_probe->acceptHostKey(server);
}

void ConnectionModel::rejectHostKey(int server)
{
    if (m_probe)
        m_probe->rejectHostKey(server);
}

void ConnectionModel::provideSecret(int server, const QString &secret)
{
    if (m_probe)
        m_probe->provideSecret(server, secret);
}

void ConnectionModel::cancelSecret(int server)
{
    if (m_probe)
        m_probe->cancelSecret(server);
}

QList<SshSession *> ConnectionModel::sessions() const
{
    return m_probe ? m_probe->sessions() : QList<SshSession *>();
}
