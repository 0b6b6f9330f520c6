#pragma once

#include "RemoteCommandOptions.h"
#include "RemoteCommandResult.h"
#include "SshError.h"
#include "SudoPolicy.h"

#include <QObject>
#include <QStringList>

#include <functional>

class RemoteCommand;

// Learns once, right after login, how the session gets root: runs SudoPolicy's probe and,
// when sudo wants a password, checks the password (on stdin, never on a PTY) before anyone
// relies on it. Asks for a (new) password through sudoPasswordNeeded(). Internal to SshSession.
class PrivilegeProbe : public QObject
{
    Q_OBJECT
public:
    using Runner = std::function<RemoteCommand *(const QString &, const RemoteCommandOptions &)>;

    PrivilegeProbe(Runner runner, const QString &serverName, const QString &user,
                   QObject *parent = nullptr);

    // knownPassword: a sudo password given in advance, or the login password; may be empty.
    void start(const QString &knownPassword);
    void provideSudoPassword(const QString &password);
    // No (other) password will come: finish with SudoPasswordMissing or SudoWrongPassword.
    void giveUp();

    SshPrivilege privilege() const { return m_privilege; }
    // Why commands that need root cannot run, or None.
    SshError error() const { return m_error; }
    QString sudoPassword() const { return m_password; }
    QString prompt() const;

signals:
    void sudoPasswordNeeded(int failedAttempts);
    void finished();

private:
    void onProbeFinished(const QStringList &output, const QStringList &errors,
                         const RemoteCommandResult &result);
    void verify();
    void onVerified(const QStringList &errors, const RemoteCommandResult &result);

    Runner m_runner;
    QString m_server;
    QString m_user;
    SshPrivilege m_privilege = SshPrivilege::Unknown;
    SshError m_error;
    QString m_password;
    int m_failedAttempts = 0;
};
