#include "HostCertificate.h"

#include "KnownHosts.h"
#include "SshHostKey.h"
#include "SshWireReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
const QLatin1String certificateSuffix("-cert-v01@openssh.com");

QString tr(const char *text)
{
    return QCoreApplication::translate("HostCertificate", text);
}

bool readUint64(SshWireReader &reader, quint64 *value)
{
    quint32 high = 0, low = 0;
    if (!reader.readUint32(&high) || !reader.readUint32(&low))
        return false;
    *value = (quint64(high) << 32) | low;
    return true;
}

QByteArray wireString(const QByteArray &value)
{
    QByteArray out(4, '\0');
    const quint32 size = quint32(value.size());
    out[0] = char(size >> 24);
    out[1] = char(size >> 16);
    out[2] = char(size >> 8);
    out[3] = char(size);
    return out + value;
}

// How many wire fields the key itself has after the nonce, per plain key type.
int keyFieldCount(const QString &plainType)
{
    if (plainType == QLatin1String("ssh-ed25519"))
        return 1;
    if (plainType.startsWith(QLatin1String("ecdsa-sha2-")) || plainType == QLatin1String("ssh-rsa"))
        return 2;
    return 0;
}
} // namespace

bool HostCertificate::isCertificateType(const QString &type)
{
    return type.endsWith(certificateSuffix);
}

std::optional<HostCertificate> HostCertificate::parse(const QByteArray &certificateBlob)
{
    SshWireReader reader(certificateBlob);
    HostCertificate certificate;
    QByteArray type, nonce;
    if (!reader.readString(&type) || !reader.readString(&nonce))
        return std::nullopt;
    certificate.m_certificateType = QString::fromLatin1(type);
    if (!isCertificateType(certificate.m_certificateType))
        return std::nullopt;
    const QString plainType = certificate.m_certificateType.chopped(certificateSuffix.size());
    const int fields = keyFieldCount(plainType);
    if (fields == 0)
        return std::nullopt;
    QByteArray plain = wireString(plainType.toLatin1());
    for (int i = 0; i < fields; ++i) {
        QByteArray field;
        if (!reader.readString(&field))
            return std::nullopt;
        plain += wireString(field);
    }
    certificate.m_plainKeyBlob = plain;
    quint64 serial = 0;
    QByteArray keyId, principals, extensions, reserved, signature;
    if (!readUint64(reader, &serial) || !reader.readUint32(&certificate.m_kind) ||
        !reader.readString(&keyId) || !reader.readString(&principals) ||
        !readUint64(reader, &certificate.m_validAfter) ||
        !readUint64(reader, &certificate.m_validBefore) ||
        !reader.readString(&certificate.m_criticalOptions) || !reader.readString(&extensions) ||
        !reader.readString(&reserved) || !reader.readString(&certificate.m_signingKeyBlob) ||
        !reader.readString(&signature) || !reader.atEnd())
        return std::nullopt;
    certificate.m_keyId = QString::fromUtf8(keyId);
    SshWireReader names(principals);
    while (!names.atEnd()) {
        QByteArray name;
        if (!names.readString(&name))
            return std::nullopt;
        certificate.m_principals.append(QString::fromUtf8(name));
    }
    return certificate;
}

QString HostCertificate::problem(const QString &hostName, const QList<QByteArray> &authorities,
                                 quint64 secondsSinceEpoch) const
{
    if (!isHostCertificate())
        return tr("it is not a host certificate");
    if (!authorities.contains(m_signingKeyBlob))
        return tr("it is signed by %1, which is not listed as @cert-authority for this host")
            .arg(SshHostKey::fingerprintOf(m_signingKeyBlob));
    // OpenSSH: a certificate without principals is valid for any host; else one must match
    // (host certificates may use wildcards).
    const bool named =
        std::any_of(m_principals.cbegin(), m_principals.cend(), [&](const QString &principal) {
            return KnownHosts::patternMatches(hostName, principal);
        });
    if (!m_principals.isEmpty() && !named)
        return tr("it names %1, not %2").arg(m_principals.join(QLatin1String(", ")), hostName);
    if (secondsSinceEpoch < m_validAfter)
        return tr("it is not valid yet");
    if (secondsSinceEpoch >= m_validBefore)
        return tr("it has expired");
    if (!m_criticalOptions.isEmpty())
        return tr("it carries critical options, which no host certificate may have");
    return {};
}
