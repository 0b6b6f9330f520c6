#pragma once

#include "drill/DrillOptions.h"
#include "drill/DrillReport.h"
#include "spec/SetupSpec.h"

#include <QObject>
#include <QStringList>

class FailoverDrill;
class UnattendedConnector;

// One failover drill for the wizard's page: its own connections (UnattendedConnector, as the
// health dashboard's: only host keys already in known_hosts, secrets from setSecret() or the
// keychain, never a prompt) feeding a
// FailoverDrill that starts as soon as the pair is found HEALTHY (the page asked before).
// Asynchronous throughout; finished() comes exactly once. Delete it (deleteLater) after.
class FailoverDrillJob : public QObject
{
    Q_OBJECT
public:
    FailoverDrillJob(const SetupSpec &spec, int targetIndex, const QString &knownHostsPath,
                     const DrillOptions &options = {}, QObject *parent = nullptr);

    void setSecret(int index, const QString &secret);
    void start();
    // Cancel: the drill brings back the server it took out before finishing.
    void cancel();
    bool isFinished() const;

signals:
    void progress(const QString &line);
    void sitePolled(bool answered, const QString &line);
    void serverDown(const QString &server, const QString &restoreCommand);
    void serverBack(const QString &server);
    void finished(const DrillReport &report);

private:
    FailoverDrill *m_drill;
    UnattendedConnector *m_connector;
};
