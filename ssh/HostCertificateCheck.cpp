#include "HostCertificateCheck.h"

#include "HostCertificate.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTimer>

namespace {
constexpr int scanTimeoutSeconds = 5;
}

HostCertificateCheck::HostCertificateCheck(QObject *parent)
    : QObject(parent)
{}

HostCertificateCheck::~HostCertificateCheck()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill(); // our own child, by its PID
        m_process->waitForFinished(1000);
    }
}

void HostCertificateCheck::start(const QString &host, quint16 port, const QString &principalName,
                                 const SshHostKey &key, const QList<QByteArray> &authorities)
{
    m_principalName = principalName;
    m_key = key;
    m_authorities = authorities;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this](int exitCode) {
        if (m_verifying)
            onVerified(exitCode);
        else
            onScanned();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(Outcome::NoCertificate, m_process->errorString());
    });
    // "--" is not understood by ssh-keyscan; a host starting with '-' never gets here (the
    // endpoint's host is validated), and it is the last argument.
    m_process->start(QStringLiteral("ssh-keyscan"),
                     {QStringLiteral("-c"), QStringLiteral("-T"),
                      QString::number(scanTimeoutSeconds), QStringLiteral("-p"),
                      QString::number(port), host});
}

void HostCertificateCheck::onScanned()
{
    const QList<QByteArray> lines = m_process->readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        // "TYPE BASE64" (ssh-keyscan -c prints certificates without the host name).
        QList<QByteArray> fields = line.simplified().split(' ');
        if (!fields.isEmpty() && !fields.first().endsWith("-cert-v01@openssh.com"))
            fields.removeFirst();
        if (fields.size() < 2 ||
            !HostCertificate::isCertificateType(QString::fromLatin1(fields.at(0))))
            continue;
        const QByteArray blob = QByteArray::fromBase64(fields.at(1));
        const std::optional<HostCertificate> certificate = HostCertificate::parse(blob);
        if (!certificate || certificate->plainKeyBlob() != m_key.blob())
            continue;
        const QString problem = certificate->problem(m_principalName, m_authorities,
                                                     quint64(QDateTime::currentSecsSinceEpoch()));
        if (!problem.isEmpty()) {
            finish(Outcome::Refused, problem);
            return;
        }
        // The checks above trust nothing the signature does not cover: ssh-keygen verifies it.
        const QString path = m_dir.filePath(QStringLiteral("host-cert.pub"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(fields.at(0) + ' ' + fields.at(1) + '\n') < 0) {
            finish(Outcome::NoCertificate, file.errorString());
            return;
        }
        file.close();
        m_verifying = true;
        m_process->start(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-L"), QStringLiteral("-f"), path});
        return;
    }
    finish(Outcome::NoCertificate, {});
}

void HostCertificateCheck::onVerified(int exitCode)
{
    if (exitCode == 0)
        finish(Outcome::Trusted, {});
    else
        finish(Outcome::Refused,
               tr("its CA signature does not verify (%1)")
                   .arg(QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed()));
}

void HostCertificateCheck::finish(Outcome outcome, const QString &reason)
{
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    emit finished(int(outcome), reason);
}
