#pragma once

#include "health/HealthProbeOptions.h"
#include "health/HealthReport.h"
#include "spec/SetupSpec.h"

#include <QObject>
#include <QStringList>

class HealthProbe;
class UnattendedConnector;

// One health check from start to report for the dashboard: its own connections
// (UnattendedConnector: known host keys only, secrets from setSecret() or the keychain, never a
// prompt; a health check records no host key) feeding a HealthProbe. A
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
    HealthProbe *m_probe;
    UnattendedConnector *m_connector;
};
