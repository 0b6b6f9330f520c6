// CredentialStore with no keychain at all (no D-Bus session): it must fail clearly and never
// fall back to a plain-text file.
#include "CredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCredentialStoreNoKeyring : public QObject
{
    Q_OBJECT
private slots:
    void failsWithoutKeychainAndWritesNothing();
};

void TestCredentialStoreNoKeyring::failsWithoutKeychainAndWritesNothing()
{
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(home.filePath(QStringLiteral("no-bus"))));
    qunsetenv("GNOME_KEYRING_CONTROL");

    const QString secret = QStringLiteral("no-keyring-canary-2718");
    CredentialStore store(QStringLiteral("gluster-ha-wizard-tests"));
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy written(&store, &CredentialStore::secretWritten);
    store.write(QStringLiteral("admin@host:22"), secret);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !written.isEmpty(), 30000);
    QVERIFY(written.isEmpty());
    QCOMPARE(failed.first().first().toString(), QStringLiteral("admin@host:22"));
    const QString message = failed.first().at(1).toString();
    QVERIFY(message.contains(QLatin1String("admin@host:22")));
    QVERIFY(!message.contains(secret));
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoKeyring)
#include "tst_credentialstore_nokeyring.moc"
