#include "ScriptedLogin.h"

#include "RemoteCommand.h"
#include "SshSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>

ScriptedLogin::ScriptedLogin(SshSession *session, const QStringList &secrets,
                             HostKeyAnswer hostKeyAnswer)
    : m_session(session)
    , m_secrets(secrets)
    , m_hostKeyAnswer(hostKeyAnswer)
{
    connect(session, &SshSession::secretNeeded, this,
            [this](SshSecretKind kind, const QString &, int attempts) {
                secretKinds << kind;
                failedAttempts << attempts;
                if (m_secrets.isEmpty())
                    m_session->cancelSecretRequest();
                else
                    m_session->provideSecret(m_secrets.takeFirst());
            });
    connect(session, &SshSession::hostKeyDecisionNeeded, this, [this](const SshHostKey &key) {
        ++hostKeyPrompts;
        promptedKey = key;
        if (m_hostKeyAnswer == HostKeyAnswer::Reject)
            m_session->rejectHostKey();
        else
            m_session->acceptHostKey(m_hostKeyAnswer == HostKeyAnswer::AcceptAndRecord);
    });
    connect(session, &SshSession::connected, this, [this] { connected = true; });
    connect(session, &SshSession::failed, this, [this](const SshError &e) { error = e; });
}

bool ScriptedLogin::run(int timeoutMs)
{
    QSignalSpy done(m_session, &SshSession::stateChanged);
    QElapsedTimer clock;
    clock.start();
    m_session->connectToHost();
    if (!m_queueOnConnect.isEmpty())
        queued = m_session->run(m_queueOnConnect);
    while (!connected && !error.isError() && clock.elapsed() < timeoutMs)
        done.wait(50);
    elapsedMs = clock.elapsed();
    return connected;
}
