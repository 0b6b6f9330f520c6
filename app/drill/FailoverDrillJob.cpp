#include "drill/FailoverDrillJob.h"

#include "connect/PairConnector.h"
#include "drill/FailoverDrill.h"

#include "SshHostKey.h"

namespace {
DrillOptions proceeding(DrillOptions options)
{
    options.autoProceed = true;
    return options;
}
} // namespace

FailoverDrillJob::FailoverDrillJob(const SetupSpec &spec, int targetIndex,
                                   const QString &knownHostsPath, const DrillOptions &options,
                                   QObject *parent)
    : QObject(parent)
    , m_drill(new FailoverDrill(spec, targetIndex,
                                tr("the wizard's \"Test failover\" page again, or: %1")
                                    .arg(FailoverDrill::manualRestoreHint()),
                                proceeding(options), this))
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
                    tr("%1 offered a host key that is not in known_hosts (%2 %3). The drill "
                       "trusts only known keys: verify and record it first.")
                        .arg(m_connector->spec().servers.at(index).name, key.typeLabel(),
                             key.fingerprint());
                m_connector->rejectHostKey(index);
            });
    connect(m_connector, &PairConnector::secretNeeded, this,
            [this](int index) { m_connector->cancelSecret(index); });
    connect(m_connector, &PairConnector::serverConnected, this,
            [this](int index) { m_drill->serverConnected(index, m_connector->session(index)); });
    connect(m_connector, &PairConnector::serverFailed, this,
            [this](int index, const SshError &error) {
                SshError reported = error;
                if (!m_refusals.at(index).isEmpty())
                    reported.message = m_refusals.at(index);
                m_drill->serverUnreachable(index, reported);
            });
    connect(m_drill, &FailoverDrill::progress, this, &FailoverDrillJob::progress);
    connect(m_drill, &FailoverDrill::sitePolled, this, &FailoverDrillJob::sitePolled);
    connect(m_drill, &FailoverDrill::serverDown, this, &FailoverDrillJob::serverDown);
    connect(m_drill, &FailoverDrill::serverBack, this, &FailoverDrillJob::serverBack);
    connect(m_drill, &FailoverDrill::finished, this, [this](const DrillReport &report) {
        m_connector->deleteLater();
        m_connector = nullptr;
        emit finished(report);
    });
}

void FailoverDrillJob::setSecret(int index, const QString &secret)
{
    if (m_connector && index >= 0 && index < m_connector->spec().servers.size())
        m_connector->setSecret(
            index, PairConnector::typedSecretKind(m_connector->spec().servers[index].ssh.auth),
            secret);
}

void FailoverDrillJob::start()
{
    m_drill->start(FailoverDrill::Mode::Drill);
    m_connector->start();
}

void FailoverDrillJob::cancel()
{
    m_drill->cancel();
}

bool FailoverDrillJob::isFinished() const
{
    return m_drill->isFinished();
}
