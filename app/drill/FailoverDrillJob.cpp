#include "drill/FailoverDrillJob.h"

#include "connect/UnattendedConnector.h"
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
{
    m_connector = new UnattendedConnector(
        spec, knownHostsPath,
        [](const QString &server, const SshHostKey &key) {
            return tr("%1 offered a host key that is not in known_hosts (%2 %3). The drill "
                      "trusts only known keys: verify and record it first.")
                .arg(server, key.typeLabel(), key.fingerprint());
        },
        this);
    connect(m_connector, &UnattendedConnector::connected, m_drill, &FailoverDrill::serverConnected);
    connect(m_connector, &UnattendedConnector::unreachable, m_drill,
            &FailoverDrill::serverUnreachable);
    connect(m_drill, &FailoverDrill::progress, this, &FailoverDrillJob::progress);
    connect(m_drill, &FailoverDrill::sitePolled, this, &FailoverDrillJob::sitePolled);
    connect(m_drill, &FailoverDrill::serverDown, this, &FailoverDrillJob::serverDown);
    connect(m_drill, &FailoverDrill::serverBack, this, &FailoverDrillJob::serverBack);
    connect(m_drill, &FailoverDrill::finished, this, [this](const DrillReport &report) {
        m_connector->close();
        emit finished(report);
    });
}

void FailoverDrillJob::setSecret(int index, const QString &secret)
{
    m_connector->setSecret(index, secret);
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
