#pragma once

#include "connect/PairConnector.h"
#include "spec/SetupSpec.h"

#include "SshError.h"
#include "SshSecrets.h"

#include <QList>
#include <QObject>
#include <QStringList>

struct CliOptions;
class TerminalPrompt;
class SshSession;

// The command line's policy on top of PairConnector (the one connection engine, shared with the
// wizard): an unknown host key is trusted only with --accept-new-host-keys (and then recorded), a
// changed one never; secrets, each of its own kind (login password, key passphrase, sudo
// password) and for its own server, come from --secret-file, else the keychain, else a prompt
// on the terminal (asked without blocking the event loop), else the login fails. finished()
// comes once, when every server is connected or has failed.
class ServerConnections : public QObject
{
    Q_OBJECT

public:
    // The connection engine's policy (known hosts, --accept-new-host-keys; the keychain is
    // always asked), and what only the command line has.
    struct Policy : PairConnector::Policy
    {
        QList<SshSecrets> secrets; // per server, by kind, from --secret-file (SecretFiles)
        bool mayPrompt = false;    // stdin is a terminal
    };
    // The policy of a command: --known-hosts and --accept-new-host-keys of its options, the
    // secrets of its --secret-file options for spec's servers. False, with *error naming the
    // problem, when a secret file cannot be used.
    static bool policyFor(const CliOptions &options, const SetupSpec &spec, bool mayPrompt,
                          Policy *policy, QString *error);

    ServerConnections(const SetupSpec &spec, const Policy &policy, QObject *parent = nullptr);
    ~ServerConnections() override;

    void start();
    // sessions().at(i) serves spec.servers[i]; nullptr until resolved.
    QList<SshSession *> sessions() const;
    // Per server: empty when connected, else why not (naming the server).
    QStringList errors() const;
    bool allConnected() const;
    // Why spec.servers[index] could not be reached, as a probe or a drill takes it.
    SshError unreachableError(int index) const;

signals:
    void progress(int index, const QString &line);
    void finished();

private:
    void answerFromTerminal(int index, const QString &prompt);

    SetupSpec m_spec;
    Policy m_policy;
    PairConnector *m_connector;
    TerminalPrompt *m_prompt;
    QStringList m_refusals; // host keys this policy refused, per server
};
