#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace {
template<typename Job> Job *prepare(Job *job, const QString &account)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("gluster-ha-wizard"), parent)
{}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::read(const QString &account)
{
    auto *job = prepare(new QKeychain::ReadPasswordJob(m_service, this), account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError)
            emit secretRead(account, job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            emit secretMissing(account);
        else
            emit failed(account, tr("Cannot read the secret for %1 from the keychain: %2")
                                     .arg(account, job->errorString()));
    });
    job->start();
}

void CredentialStore::write(const QString &account, const QString &secret)
{
    auto *job = prepare(new QKeychain::WritePasswordJob(m_service, this), account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError)
            emit secretWritten(account);
        else
            emit failed(account, tr("Cannot store the secret for %1 in the keychain: %2")
                                     .arg(account, job->errorString()));
    });
    job->start();
}

void CredentialStore::remove(const QString &account)
{
    auto *job = prepare(new QKeychain::DeletePasswordJob(m_service, this), account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit secretRemoved(account);
        else
            emit failed(account, tr("Cannot delete the secret for %1 from the keychain: %2")
                                     .arg(account, job->errorString()));
    });
    job->start();
}
