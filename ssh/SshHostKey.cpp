#include "SshHostKey.h"

#include "SshWireReader.h"

#include <QCryptographicHash>

SshHostKey::SshHostKey(const QByteArray &blob)
    : m_blob(blob)
    , m_type(typeOfBlob(blob))
{}

QString SshHostKey::typeLabel() const
{
    if (m_type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (m_type.startsWith(QLatin1String("ecdsa-sha2-")))
        return QStringLiteral("ECDSA");
    if (m_type == QLatin1String("ssh-rsa"))
        return QStringLiteral("RSA");
    if (m_type == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    return m_type.toUpper();
}

QString SshHostKey::fingerprint() const
{
    return fingerprintOf(m_blob);
}

QString SshHostKey::base64() const
{
    return QString::fromLatin1(m_blob.toBase64());
}

QString SshHostKey::fingerprintOf(const QByteArray &blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshHostKey::typeOfBlob(const QByteArray &blob)
{
    // Every SSH public key blob starts with its type name as a wire string.
    SshWireReader reader(blob);
    QByteArray type;
    if (!reader.readString(&type))
        return {};
    return QString::fromLatin1(type);
}
