#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// A server's public host key as sent in the SSH handshake (the wire "blob"), with the names and
// the fingerprint OpenSSH shows for it.
class SshHostKey
{
public:
    SshHostKey() = default;
    explicit SshHostKey(const QByteArray &blob);

    bool isNull() const { return m_blob.isEmpty(); }
    QByteArray blob() const { return m_blob; }
    // The key type as written in known_hosts, e.g. "ssh-ed25519", "ecdsa-sha2-nistp256".
    QString type() const { return m_type; }
    // The short name OpenSSH prints ("ED25519", "ECDSA", "RSA").
    QString typeLabel() const;
    // "SHA256:" + unpadded base64 of SHA-256(blob), exactly as `ssh-keygen -l` prints it.
    QString fingerprint() const;
    // The base64 text of the blob, as in known_hosts and .pub files.
    QString base64() const;

    static QString fingerprintOf(const QByteArray &blob);
    static QString typeOfBlob(const QByteArray &blob);

    bool operator==(const SshHostKey &other) const { return m_blob == other.m_blob; }

private:
    QByteArray m_blob;
    QString m_type;
};

Q_DECLARE_METATYPE(SshHostKey)
