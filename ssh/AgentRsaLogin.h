#pragma once

#include <QByteArray>
#include <QString>

typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;

// Logs in with an RSA key held by ssh-agent, signed with rsa-sha2-512 (RFC 8332), although
// libssh2 1.10 itself signs RSA only with SHA-1 ("ssh-rsa"), which OpenSSH 8.8+ refuses.
//
// libssh2_userauth_publickey() names the algorithm after the type string of the key blob it is
// given and puts that name in front of the signature its callback returns. So the request goes
// out with the key blob's type renamed to "rsa-sha2-512" (OpenSSH reads such a blob as the same
// RSA key), and the callback asks the agent for a signature with the SSH_AGENT_RSA_SHA2_512 flag
// (draft-miller-ssh-agent §4.5.1), checking that the agent really signed with SHA-512.
// The agent is asked over its socket directly; it answers a local request at once, unless it
// was told to confirm each use (ssh-add -c). Internal to SshAuthenticator.
class AgentRsaLogin
{
public:
    AgentRsaLogin(const QString &agentSocket, const QByteArray &rsaKeyBlob);

    static bool isRsaBlob(const QByteArray &keyBlob);
    // The blob as sent: type string "rsa-sha2-512", the key's exponent and modulus unchanged.
    static QByteArray renamedBlob(const QByteArray &rsaKeyBlob, const QByteArray &algorithm);

    // libssh2_userauth_publickey for this key; call again while it returns
    // LIBSSH2_ERROR_EAGAIN (non-blocking session).
    int step(LIBSSH2_SESSION *session, const QByteArray &user);
    // Why the agent did not sign (empty when it did, or was never asked).
    QString signError() const { return m_signError; }

    // Asks the agent for a signature of data with flags; returns the signature blob
    // (string algorithm, string signature) or an empty array with *error set.
    static QByteArray agentSign(const QString &agentSocket, const QByteArray &keyBlob,
                                const QByteArray &data, quint32 flags, QString *error);

private:
    QString m_agentSocket;
    QByteArray m_keyBlob;
    QByteArray m_sentBlob;
    QString m_signError;
};
