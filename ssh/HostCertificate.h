#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An OpenSSH host certificate (PROTOCOL.certkeys), read from its wire blob, and the checks
// OpenSSH makes before it trusts one: a host (not user) certificate, its principals naming the
// host, valid now, no unknown critical option, signed by a key listed as @cert-authority.
// The CA's signature itself is verified by `ssh-keygen -L` (see HostCertificateCheck): this
// class does no cryptography.
class HostCertificate
{
public:
    static std::optional<HostCertificate> parse(const QByteArray &certificateBlob);
    // Whether the blob's type names a certificate ("...-cert-v01@openssh.com").
    static bool isCertificateType(const QString &type);

    QString certificateType() const { return m_certificateType; }
    // The certified key as a plain key blob (what libssh2 hands over as the host key).
    QByteArray plainKeyBlob() const { return m_plainKeyBlob; }
    bool isHostCertificate() const { return m_kind == 2; }
    QString keyId() const { return m_keyId; }
    QStringList principals() const { return m_principals; }
    QByteArray signingKeyBlob() const { return m_signingKeyBlob; }

    // Why OpenSSH would not accept it for hostName (the bare name or HostKeyAlias, no port)
    // at secondsSinceEpoch from one of authorities; empty when it would.
    QString problem(const QString &hostName, const QList<QByteArray> &authorities,
                    quint64 secondsSinceEpoch) const;

private:
    QString m_certificateType;
    QByteArray m_plainKeyBlob;
    quint32 m_kind = 0;
    QString m_keyId;
    QStringList m_principals;
    quint64 m_validAfter = 0;
    quint64 m_validBefore = 0;
    QByteArray m_criticalOptions;
    QByteArray m_signingKeyBlob;
};
