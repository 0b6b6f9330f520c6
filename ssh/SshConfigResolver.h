#pragma once

#include "SshEndpoint.h"

#include <QObject>
#include <QProcess>

// Fills what an endpoint leaves out with what OpenSSH would use for it (`ssh -G HOST`), so
// aliases and settings from ~/.ssh/config work: HostName, Port, User, IdentityFile,
// UserKnownHostsFile (all of them), GlobalKnownHostsFile, HostKeyAlias, HashKnownHosts,
// ProxyCommand and ProxyJump. Fields
// the endpoint already has are kept. Runs ssh asynchronously.
class SshConfigResolver : public QObject
{
    Q_OBJECT
public:
    explicit SshConfigResolver(QObject *parent = nullptr);

    // An alternative config file (ssh -F), e.g. for tests; empty = OpenSSH's defaults.
    void setConfigFile(const QString &path) { m_configFile = path; }
    void setSshProgram(const QString &program) { m_program = program; }

    void resolve(const SshEndpoint &endpoint);

    // Applies `ssh -G` output to endpoint (exposed for tests and for callers with the text).
    // configFile: the -F file, kept in the endpoint for resolving its jump hosts.
    static SshEndpoint apply(const SshEndpoint &endpoint, const QString &sshGOutput,
                             const QString &configFile = QString());

signals:
    void resolved(const SshEndpoint &endpoint);
    void failed(const QString &message);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_configFile;
    QString m_program = QStringLiteral("ssh");
    SshEndpoint m_pending;
    QProcess *m_process = nullptr;
};
