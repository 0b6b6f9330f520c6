#pragma once

#include <QObject>
#include <QString>

// Passwords and passphrases in the desktop keychain (Secret Service, KWallet...) through
// QtKeychain, never in files: the insecure plain-text fallback is disabled. Entries are keyed
// by kind and account, "sudo:user@host:port" (SshEndpoint::credentialKey(kind)), so that a
// sudo password never overwrites a key passphrase. All calls are asynchronous; every call ends
// with exactly one of the signals for its account. Messages never contain the secret.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &account);
    void write(const QString &account, const QString &secret);
    void remove(const QString &account);

signals:
    void secretRead(const QString &account, const QString &secret);
    void secretMissing(const QString &account);
    void secretWritten(const QString &account);
    void secretRemoved(const QString &account);
    void failed(const QString &account, const QString &message);

private:
    QString m_service;
};
