#pragma once

#include "spec/SetupSpec.h"

#include "SshError.h"
#include "SshSession.h"

#include <QObject>
#include <QStringList>

#include <functional>

class PairConnector;
class SshHostKey;

// Both servers connected without asking anyone, for jobs that run on their own (the health
// check, the failover drill): only host keys already in known_hosts are trusted (an unknown
// one is refused, and the server reported unreachable with refusalText's words), and a
// password or passphrase comes from setSecret() or the keychain, never from a prompt.
// PairConnector is the one connection engine underneath. close() ends the connections.
class UnattendedConnector : public QObject
{
    Q_OBJECT
public:
    // Why the job refused SERVER's unknown KEY (the job names itself in these words).
    using RefusalText = std::function<QString(const QString &server, const SshHostKey &key)>;

    UnattendedConnector(const SetupSpec &spec, const QString &knownHostsPath,
                        RefusalText refusalText, QObject *parent = nullptr);

    // A secret the user already typed for spec.servers[index] (before start()), of the kind
    // PairConnector::typedSecretKind() gives for its login method.
    void setSecret(int index, const QString &secret);
    void start();
    // The connections have done their part: closing them frees the servers' sshd.
    void close();

signals:
    void connected(int index, SshSession *session);
    void unreachable(int index, const SshError &error);

private:
    PairConnector *m_connector;
    RefusalText m_refusalText;
    QStringList m_refusals; // why a host key was refused, per server
};
