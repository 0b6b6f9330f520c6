#pragma once

#include "SshError.h"
#include "SshHostKey.h"
#include "SshSecretKind.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class RemoteCommand;
class SshSession;

// Connects a session and answers its questions from a script, the way a person at the wizard
// would: secrets in order (cancel when the script runs out) and one answer for an unknown host.
class ScriptedLogin : public QObject
{
    Q_OBJECT
public:
    enum class HostKeyAnswer { Reject, AcceptOnce, AcceptAndRecord };

    ScriptedLogin(SshSession *session, const QStringList &secrets = {},
                  HostKeyAnswer hostKeyAnswer = HostKeyAnswer::Reject);

    // connectToHost() and wait for connected() or failed(); true when connected.
    bool run(int timeoutMs = 20000);
    // Runs command on the session right after connectToHost(), before anything is verified.
    void queueOnConnect(const QString &command) { m_queueOnConnect = command; }

    bool connected = false;
    SshError error;
    QList<SshSecretKind> secretKinds;
    QList<int> failedAttempts;
    int hostKeyPrompts = 0;
    SshHostKey promptedKey;
    qint64 elapsedMs = 0;
    QPointer<RemoteCommand> queued;

private:
    SshSession *m_session;
    QStringList m_secrets;
    HostKeyAnswer m_hostKeyAnswer;
    QString m_queueOnConnect;
};
