#pragma once

#include <QByteArray>
#include <QString>

// What can be learnt about a private key file without its passphrase: its type, whether it is
// encrypted, and its public half. Lets the session ask for a passphrase only when one is
// needed, explain RSA keys before trying them, and tell "wrong passphrase" from "key refused"
// (libssh2 reports both with the same code).
class PrivateKeyFile
{
public:
    static PrivateKeyFile inspect(const QString &path);

    QString path() const { return m_path; }
    bool isReadable() const { return m_readable; }
    QString errorString() const { return m_error; }
    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"...; empty when the format does not say.
    QString keyType() const { return m_keyType; }
    bool isRsa() const { return m_keyType == QLatin1String("ssh-rsa"); }
    bool isEncrypted() const { return m_encrypted; }
    // The public key blob, from the .pub file or from the OpenSSH key file itself.
    QByteArray publicKeyBlob() const { return m_publicBlob; }
    // The .pub file next to the key, when it exists (libssh2 is faster and clearer with it).
    QString publicKeyPath() const { return m_publicPath; }

private:
    void readPublicFile();
    void readOpenSshFormat(const QByteArray &pem);
    void readPemFormat(const QByteArray &text);

    QString m_path;
    bool m_readable = false;
    QString m_error;
    QString m_keyType;
    bool m_encrypted = false;
    QByteArray m_publicBlob;
    QString m_publicPath;
};
