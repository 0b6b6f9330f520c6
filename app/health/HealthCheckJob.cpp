#include "health/HealthCheckJob.h"

#include "connect/UnattendedConnector.h"
#include "health/HealthProbe.h"

#include "SshHostKey.h"

HealthCheckJob::HealthCheckJob(const SetupSpec &spec, const QString &knownHostsPath,
                               const HealthProbeOptions &options, QObject *parent)
    : QObject(parent)
    , m_probe(new HealthProbe(spec, options, this))
{
    m_connector = new UnattendedConnector(
        spec, knownHostsPath,
        [](const QString &server, const SshHostKey &key) {
            return tr("%1 offered a host key that is not in known_hosts (%2 %3). A health "
                      "check trusts only known keys: verify and record it first (the setup "
                      "wizard's connection check, or ssh once).")
                .arg(server, key.typeLabel(), key.fingerprint());
        },
        this);
    connect(m_connector, &UnattendedConnector::connected, m_probe, &HealthProbe::serverConnected);
    connect(m_connector, &UnattendedConnector::unreachable, m_probe,
            &HealthProbe::serverUnreachable);
    connect(m_probe, &HealthProbe::progress, this, &HealthCheckJob::progress);
    connect(m_probe, &HealthProbe::finished, this, [this](const HealthReport &report) {
        m_connector->close();
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
    m_connector->setSecret(index, secret);
}

void HealthCheckJob::start()
{
    m_probe->start();
    m_connector->start();
}
