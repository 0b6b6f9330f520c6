// CredentialStore against the headless gnome-keyring of scripts/with-keyring.sh: store, read,
// overwrite, keys per user@host:port, delete; and never a plain-text copy on disk.
#include "CredentialStore.h"
#include "SshEndpoint.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeReadOverwriteRemove();
    void entriesAreKeyedByUserHostAndPort();
    void kindsOfOneAccountDoNotOverwriteEachOther();
    void secretNeverLandsInAFile();

private:
    QString readBack(const QString &account, bool *missing = nullptr);
    bool write(const QString &account, const QString &secret);
    bool remove(const QString &account);

    CredentialStore m_store{QStringLiteral("gluster-ha-wizard-tests")};
};

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("GHW_KEYRING_INNER"))
        QFAIL("run this test under scripts/with-keyring.sh (ctest does)");
}

void TestCredentialStore::cleanupTestCase()
{
    for (const QString &account :
         {QStringLiteral("admin@10.0.0.5:22"), QStringLiteral("admin@10.0.0.5:2222"),
          QStringLiteral("root@10.0.0.5:22"), QStringLiteral("disk@check:22")})
        remove(account);
}

bool TestCredentialStore::write(const QString &account, const QString &secret)
{
    QSignalSpy written(&m_store, &CredentialStore::secretWritten);
    QSignalSpy failed(&m_store, &CredentialStore::failed);
    m_store.write(account, secret);
    QDeadlineTimer deadline(10000);
    while (written.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().at(1).toString()));
    return written.size() == 1 && written.first().first().toString() == account;
}

QString TestCredentialStore::readBack(const QString &account, bool *missing)
{
    QSignalSpy read(&m_store, &CredentialStore::secretRead);
    QSignalSpy notThere(&m_store, &CredentialStore::secretMissing);
    QSignalSpy failed(&m_store, &CredentialStore::failed);
    m_store.read(account);
    QDeadlineTimer deadline(10000);
    while (read.isEmpty() && notThere.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    if (missing)
        *missing = !notThere.isEmpty();
    return read.isEmpty() ? QString() : read.first().at(1).toString();
}

bool TestCredentialStore::remove(const QString &account)
{
    QSignalSpy removed(&m_store, &CredentialStore::secretRemoved);
    m_store.remove(account);
    return removed.wait(10000);
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("10.0.0.5");
    endpoint.user = QStringLiteral("admin");
    const QString account = endpoint.credentialKey(SshSecretKind::Password);
    QCOMPARE(account, QStringLiteral("password:admin@10.0.0.5:22"));

    QVERIFY(write(account, QStringLiteral("first-Secret")));
    QCOMPARE(readBack(account), QStringLiteral("first-Secret"));
    QVERIFY(write(account, QStringLiteral("second-Sëcret")));
    QCOMPARE(readBack(account), QStringLiteral("second-Sëcret"));
    QVERIFY(remove(account));
    bool missing = false;
    QCOMPARE(readBack(account, &missing), QString());
    QVERIFY(missing);
    QVERIFY(remove(account)); // removing what is not there is fine
}

void TestCredentialStore::entriesAreKeyedByUserHostAndPort()
{
    QVERIFY(write(QStringLiteral("admin@10.0.0.5:22"), QStringLiteral("port-22")));
    QVERIFY(write(QStringLiteral("admin@10.0.0.5:2222"), QStringLiteral("port-2222")));
    QVERIFY(write(QStringLiteral("root@10.0.0.5:22"), QStringLiteral("root-22")));
    QCOMPARE(readBack(QStringLiteral("admin@10.0.0.5:22")), QStringLiteral("port-22"));
    QCOMPARE(readBack(QStringLiteral("admin@10.0.0.5:2222")), QStringLiteral("port-2222"));
    QCOMPARE(readBack(QStringLiteral("root@10.0.0.5:22")), QStringLiteral("root-22"));
}

void TestCredentialStore::kindsOfOneAccountDoNotOverwriteEachOther()
{
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("10.0.0.6");
    endpoint.user = QStringLiteral("admin");
    endpoint.port = 2222;
    QCOMPARE(endpoint.legacyCredentialKey(), QStringLiteral("admin@10.0.0.6:2222"));
    QCOMPARE(endpoint.credentialKey(SshSecretKind::KeyPassphrase),
             QStringLiteral("passphrase:admin@10.0.0.6:2222"));
    QCOMPARE(endpoint.credentialKey(SshSecretKind::SudoPassword),
             QStringLiteral("sudo:admin@10.0.0.6:2222"));
    // Written in the order the old single entry was overwritten: passphrase, then sudo.
    QVERIFY(write(endpoint.legacyCredentialKey(), QStringLiteral("old-entry")));
    QVERIFY(write(endpoint.credentialKey(SshSecretKind::KeyPassphrase), QStringLiteral("phrase")));
    QVERIFY(write(endpoint.credentialKey(SshSecretKind::Password), QStringLiteral("login")));
    QVERIFY(write(endpoint.credentialKey(SshSecretKind::SudoPassword), QStringLiteral("sudo")));
    QCOMPARE(readBack(endpoint.credentialKey(SshSecretKind::KeyPassphrase)),
             QStringLiteral("phrase"));
    QCOMPARE(readBack(endpoint.credentialKey(SshSecretKind::Password)), QStringLiteral("login"));
    QCOMPARE(readBack(endpoint.credentialKey(SshSecretKind::SudoPassword)), QStringLiteral("sudo"));
    QCOMPARE(readBack(endpoint.legacyCredentialKey()), QStringLiteral("old-entry"));
}

void TestCredentialStore::secretNeverLandsInAFile()
{
    const QString secret = QStringLiteral("plain-text-canary-3141");
    QVERIFY(write(QStringLiteral("disk@check:22"), secret));
    // The private keyring lives under these folders, and so would QSettings' fallback file.
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        QVERIFY(!dir.isEmpty());
        QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
