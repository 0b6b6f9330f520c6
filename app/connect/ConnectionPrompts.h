#pragma once

#include <QMetaType>
#include <QString>

// What the connection engine asks the user, as plain values: the pages show them and answer
// through PairProbe without handling a single ssh type.

// A server's host key is not in known_hosts: trust it (and record it) or refuse it.
struct HostKeyPrompt
{
    int server = -1;
    QString serverName;
    QString hostAndPort; // where it was reached, "host:port"
    QString keyType;     // as `ssh-keygen -l` names it: "ED25519", "ECDSA", "RSA"
    QString fingerprint; // "SHA256:…"
};

// A server needs a secret: the login password, the key's passphrase or the sudo password.
struct SecretPrompt
{
    enum class Kind { LoginPassword, KeyPassphrase, SudoPassword };

    int server = -1;
    QString serverName;
    QString prompt;         // the server's own prompt text, if any
    int failedAttempts = 0; // > 0: the previous answer was not accepted

    Kind kind = Kind::LoginPassword;

    bool isKeyPassphrase() const { return kind == Kind::KeyPassphrase; }
    bool isSudoPassword() const { return kind == Kind::SudoPassword; }
    bool isLoginPassword() const { return kind == Kind::LoginPassword; }
};

Q_DECLARE_METATYPE(HostKeyPrompt)
Q_DECLARE_METATYPE(SecretPrompt)
