#pragma once

#include "SshEndpoint.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A real OpenSSH sshd on 127.0.0.1 for the tests and benchmarks of the SSH layer: its own
// config, freshly generated host keys, test users with passwords and sudoers drop-ins, keys,
// and an ssh-agent. Everything it creates (users, /etc/sudoers.d files, processes, files) is
// removed again by PID and by name in the destructor, also when a test failed; leftovers of a
// crashed earlier run (users named ghwt<pid>..., whose pid is gone) are removed at start.
// Needs root, and says so loudly when it is not.
class SshTestServer
{
public:
    enum class Sudo { None, Passwordless, WithPassword, RequireTty };

    SshTestServer();
    ~SshTestServer();
    SshTestServer(const SshTestServer &) = delete;
    SshTestServer &operator=(const SshTestServer &) = delete;

    // Starts (or restarts) sshd; extraConfig lines go to the top of sshd_config (first wins),
    // matchBlocks (e.g. "Match User x", "  MaxAuthTries 2") to its end.
    bool start(const QStringList &extraConfig = {}, const QStringList &matchBlocks = {});
    void stop();
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    qint64 sshdPid() const;
    QString dir() const { return m_dir.path(); }
    QString log();

    // A new local user (unique name) with a login password and the given sudo rights.
    QString createUser(const QString &tag, const QString &password, Sudo sudo);
    // A new key pair under dir(); returns the private key path. type: ed25519, ecdsa, rsa.
    QString createKey(const QString &name, const QString &type, const QString &passphrase = {});
    void authorize(const QString &user, const QString &privateKeyPath);

    // known_hosts with this server's ed25519 key for [127.0.0.1]:port; returns its path.
    QString writeKnownHosts(const QString &fileName = QStringLiteral("known_hosts"));
    QByteArray hostKeyBlob(const QString &type = QStringLiteral("ed25519")) const;
    QString hostKeyFingerprint(const QString &type = QStringLiteral("ed25519")) const;

    // ssh-agent of its own; returns the socket path (set SSH_AUTH_SOCK to it yourself).
    QString startAgent();
    bool addToAgent(const QString &privateKeyPath);
    bool clearAgent();

    SshEndpoint endpoint(const QString &user, SshEndpoint::AuthMethod auth,
                         const QString &identityFile = {}) const;

    // The per-connection sshd processes (children of the listener) and all their descendants.
    QList<qint64> connectionProcesses() const;
    static QList<qint64> descendantsOf(qint64 pid);
    static qint64 parentOf(qint64 pid);

    // Runs a local program to completion; false on failure (output in *output).
    static bool runProgram(const QString &program, const QStringList &arguments,
                           const QByteArray &input = {}, QString *output = nullptr);

private:
    bool runAgentCommand(const QStringList &arguments);
    void removeUser(const QString &user);
    void removeStaleUsersOfDeadRuns();
    bool writeConfig(const QStringList &extraConfig, const QStringList &matchBlocks);

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QProcess m_agent;
    quint16 m_port = 0;
    QString m_error;
    QString m_log;
    QStringList m_users;
    QStringList m_sudoersFiles;
    int m_userCounter = 0;
};
