#include "adopt/PairAdoption.h"

#include "adopt/PairDiscovery.h"
#include "connect/ConnectorPrompts.h"
#include "connect/PairConnector.h"
#include "connect/SshConfigHosts.h"

#include "SshHostKey.h"

PairAdoption::PairAdoption(const SshSpec &first, const QString &volume,
                           const QString &knownHostsPath, QObject *parent)
    : QObject(parent)
    , m_first(first)
    , m_knownHostsPath(knownHostsPath)
    , m_discovery(new PairDiscovery(
          first, volume, SshConfigHosts::fromFile(SshConfigHosts::defaultConfigPath()), this))
{
    SetupSpec spec;
    ServerSpec server;
    server.name = first.host;
    server.ssh = first;
    spec.servers << server;
    PairConnector::Policy policy;
    policy.knownHostsPath = knownHostsPath;
    m_firstConnector = new PairConnector(spec, policy, this);
    wire(m_firstConnector, 0);
    connect(m_firstConnector, &PairConnector::serverConnected, this,
            [this] { m_discovery->readFirst(m_firstConnector->session(0)); });
    connect(m_firstConnector, &PairConnector::serverFailed, this,
            [this](int, const SshError &error) { m_discovery->firstUnreachable(error.message); });
    connect(m_discovery, &PairDiscovery::progress, this, &PairAdoption::progress);
    connect(m_discovery, &PairDiscovery::membersNeeded, this, &PairAdoption::connectMembers);
    connect(m_discovery, &PairDiscovery::finished, this, &PairAdoption::finished);
}

PairAdoption::~PairAdoption()
{
    for (PairConnector *connector : {m_firstConnector, m_memberConnector}) {
        if (!connector)
            continue;
        for (SshSession *session : connector->sessions()) {
            if (session)
                session->disconnectFromHost();
        }
    }
}

void PairAdoption::setSecret(const QString &secret)
{
    if (!secret.isEmpty())
        m_firstConnector->setSecret(0, PairConnector::typedSecretKind(m_first.auth), secret);
}

void PairAdoption::start()
{
    m_firstConnector->start();
}

void PairAdoption::wire(PairConnector *connector, int offset)
{
    connect(connector, &PairConnector::hostKeyDecisionNeeded, this,
            [this, connector, offset](int index, const SshHostKey &key) {
                emit hostKeyDecisionNeeded(
                    ConnectorPrompts::hostKey(connector, index, offset + index,
                                              connector->spec().servers.value(index).name, key));
            });
    connect(connector, &PairConnector::secretNeeded, this,
            [this, connector, offset](int index, SshSecretKind kind, const QString &text,
                                      int failedAttempts) {
                emit secretNeeded(ConnectorPrompts::secret(
                    offset + index, connector->spec().servers.value(index).name, kind, text,
                    failedAttempts));
            });
    connect(connector, &PairConnector::stateChanged, this,
            [this, connector](int index, SshSession::State state) {
                if (state == SshSession::State::Connected)
                    emit progress(
                        tr("%1: connected").arg(connector->spec().servers.value(index).name));
            });
}

void PairAdoption::connectMembers()
{
    PairConnector::Policy policy;
    policy.knownHostsPath = m_knownHostsPath;
    m_memberConnector = new PairConnector(m_discovery->membersToConnect(), policy, this);
    wire(m_memberConnector, 1);
    connect(m_memberConnector, &PairConnector::serverConnected, this, [this](int index) {
        m_discovery->memberConnected(index, m_memberConnector->session(index));
    });
    connect(m_memberConnector, &PairConnector::serverFailed, this,
            [this](int index, const SshError &error) {
                m_discovery->memberUnreachable(index, error.message);
            });
    m_memberConnector->start();
}

PairConnector *PairAdoption::connectorOf(int server, int *index) const
{
    *index = server == 0 ? 0 : server - 1;
    return server == 0 ? m_firstConnector : m_memberConnector;
}

void PairAdoption::acceptHostKey(int server)
{
    int index = 0;
    if (PairConnector *connector = connectorOf(server, &index))
        connector->acceptHostKey(index);
}

void PairAdoption::rejectHostKey(int server)
{
    int index = 0;
    if (PairConnector *connector = connectorOf(server, &index))
        connector->rejectHostKey(index);
}

void PairAdoption::provideSecret(int server, const QString &secret)
{
    int index = 0;
    if (PairConnector *connector = connectorOf(server, &index))
        connector->provideSecret(index, secret);
}

void PairAdoption::cancelSecret(int server)
{
    int index = 0;
    if (PairConnector *connector = connectorOf(server, &index))
        connector->cancelSecret(index);
}

bool PairAdoption::isFinished() const
{
    return m_discovery->isFinished();
}

const DiscoveredPair &PairAdoption::result() const
{
    return m_discovery->result();
}
