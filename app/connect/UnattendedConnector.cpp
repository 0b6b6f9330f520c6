#include "connect/UnattendedConnector.h"

#include "connect/PairConnector.h"

#include "SshHostKey.h"

UnattendedConnector::UnattendedConnector(const SetupSpec &spec, const QString &knownHostsPath,
                                         RefusalText refusalText, QObject *parent)
    : QObject(parent)
    , m_refusalText(std::move(refusalText))
    , m_refusals(spec.servers.size())
{
    PairConnector::Policy policy;
    policy.knownHostsPath = knownHostsPath;
    policy.acceptNewHostKeys = false;
    policy.useKeychain = true;
    m_connector = new PairConnector(spec, policy, this);
    connect(m_connector, &PairConnector::hostKeyDecisionNeeded, this,
            [this](int index, const SshHostKey &key) {
                m_refusals[index] = m_refusalText(m_connector->spec().servers.at(index).name, key);
                m_connector->rejectHostKey(index);
            });
    connect(m_connector, &PairConnector::secretNeeded, this,
            [this](int index) { m_connector->cancelSecret(index); });
    connect(m_connector, &PairConnector::serverConnected, this,
            [this](int index) { emit connected(index, m_connector->session(index)); });
    connect(m_connector, &PairConnector::serverFailed, this,
            [this](int index, const SshError &error) {
                SshError reported = error;
                if (!m_refusals.at(index).isEmpty())
                    reported.message = m_refusals.at(index);
                emit unreachable(index, reported);
            });
}

void UnattendedConnector::setSecret(int index, const QString &secret)
{
    if (m_connector && index >= 0 && index < m_connector->spec().servers.size())
        m_connector->setSecret(
            index, PairConnector::typedSecretKind(m_connector->spec().servers[index].ssh.auth),
            secret);
}

void UnattendedConnector::start()
{
    if (m_connector)
        m_connector->start();
}

void UnattendedConnector::close()
{
    if (m_connector)
        m_connector->deleteLater();
    m_connector = nullptr;
}
