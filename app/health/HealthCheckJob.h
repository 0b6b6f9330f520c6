#pragma once

#include "health/HealthProbeOptions.h"
#include "health/HealthReport.h"
#include "spec/SetupSpec.h"

#include <QObject>
#include <QStringList>

class HealthProbe;
class PairConnector;

// One health check from start to report for the dashboard: its own connections (PairConnector,
// the product's one connection engine) feeding a HealthProbe, with a strict, non-interactive
// policy: only host keys already in known_hosts are trusted (a health check records none), and
// a password or passphrase comes from setSecret() or the keychain, never from a prompt. A
// server that has not connected after options.connectDeadlineMs (default here: the probe's
// connect timeout) is reported unreachable. Asynchronous throughout; finished() comes exactly
// once, then the connections close. Delete the job (deleteLater) after finished().
class HealthCheckJob : public QObject
{
    Q_OBJECT
public:
    HealthCheckJob(const SetupSpec &spec, const QString &knownHostsPath,
                   const HealthProbeOptions &options = {}, QObject *parent = nullptr);

    // A secret the user already typed for spec.servers[index] (before start()), of the kind
    // PairConnector::typedSecretKind() gives for its login method.
    void setSecret(int index, const QString &secret);
    void start();

    // The options a dashboard check uses: the probe's defaults with a connect deadline.
    static HealthProbeOptions dashboardOptions();

signals:
    void progress(const QString &server, const QString &line);
    void finished(const HealthReport &report);

private:
    PairConnector *m_connector;
    HealthProbe *m_probe;
    QStringList m_refusals; // why a host key was refused, per server
};
