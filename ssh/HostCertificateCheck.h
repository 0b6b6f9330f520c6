#pragma once

#include "SshHostKey.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTemporaryDir>

class QProcess;

// Checks a host against the @cert-authority keys known_hosts lists for it, as OpenSSH does,
// although libssh2 1.10 cannot negotiate certificate host keys (its *-cert-v01 methods fail the
// key exchange): the host's certificates are fetched with `ssh-keyscan -c`, the one that
// certifies the very key of this session's handshake is checked (HostCertificate::problem), and
// its CA signature is verified by `ssh-keygen -L`, which refuses a certificate whose signature
// does not verify. Direct connections only (ssh-keyscan knows no ProxyCommand). Runs both
// programs asynchronously. Internal to SshSession.
class HostCertificateCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Trusted,       // a valid certificate from a listed CA certifies this key
        Refused,       // a certificate for this key exists but must not be trusted
        NoCertificate, // none certifies this key: the key is simply unknown
    };
    Q_ENUM(Outcome)

    explicit HostCertificateCheck(QObject *parent = nullptr);
    ~HostCertificateCheck() override;

    void start(const QString &host, quint16 port, const QString &principalName,
               const SshHostKey &key, const QList<QByteArray> &authorities);

signals:
    // outcome: an Outcome. reason: for Refused, why (a sentence part); for NoCertificate,
    // possibly what failed.
    void finished(int outcome, const QString &reason);

private:
    void onScanned();
    void onVerified(int exitCode);
    void finish(Outcome outcome, const QString &reason);

    QString m_principalName;
    SshHostKey m_key;
    QList<QByteArray> m_authorities;
    QProcess *m_process = nullptr;
    QTemporaryDir m_dir;
    bool m_verifying = false;
};
