#include "health/HealthCheckJob.h"

#include "connect/PairConnector.h"
#include "health/HealthProbe.h"

HealthCheckJob::HealthCheckJob(const SetupSpec &spec, const QString &knownHostsPath,
                               const HealthProbeOptions &options, QObject *parent)
    : QObject(parent)
    , m_probe(new HealthProbe(spec, options, this))
    , m_refusals(spec.servers.size())
{
    PairConnector::Policy policy;
    policy.knownHostsPath = knownHostsPath;
    policy.acceptNewHostKeys = false;
    policy.useKeychain = true;
    m_connector = new PairConnector(spec, policy, this);
    connect(m_connector, &PairConnector::hostKeyDecisionNeeded, this,
            [this](int index, const SshHostKey &key) {
                m_refusals[index] =
                    tr("%1 offered a host key that is not in known_hosts (%2 %3). A health "
                       "check trusts only known keys: verify and record it first (the setup "
                       "wizard's connection check, or ssh once).")
                        .arg(m_connector->spec().servers.at(index).name, key.typeLabel(),
                             key.fingerprint());
                m_connector->rejectHostKey(index);
            });
    connect(m_connector, &PairConnector::secretNeeded, this,
            [this](int index) { m_connector->cancelSecret(index); });
    connect(m_connector, &PairConnector::serverConnected, this,
            [this](int index) { m_probe->serverConnected(index, m_connector->session(index)); });
    connect(m_connector, &PairConnector::serverFailed, this,
            [this](int index, const SshError &error) {
                SshError reported = error;
                if (!m_refusals.at(index).isEmpty())
                    reported.message = m_refusals.at(index);
                m_probe->serverUnreachable(index, reported);
            });
    connect(m_probe, &HealthProbe::progress, this, &HealthCheckJob::progress);
    connect(m_probe, &HealthProbe::finished, this, [this](const HealthReport &report) {
        // The connections have done their part; closing them now frees the servers' sshd.
        m_connector->deleteLater();
        m_connector = nullptr;
        emit finished(report);
    });
}

HealthProbeOptions HealthCheckJob::dashboardOptions()
{
    HealthProbeOptions options;
    options.connectDeadlineMs = options.connectTimeoutMs + 1000;
    return options;
}

void HealthCheckJob::setSecret(int index, const QString &secret)
{
    if (m_connector && index >= 0 && index < m_connector->spec().servers.size())
        m_connector->setSecret(
            index, PairConnector::typedSecretKind(m_connector->spec().servers[index].ssh.auth),
            secret);
}

void HealthCheckJob::start()
{
    m_probe->start();
    m_connector->start();
}
