// PrivateKeyFile reads type, encryption and public half of keys made by ssh-keygen.
#include "PrivateKeyFile.h"
#include "SshHostKey.h"
#include "SshTestServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPrivateKeyFile : public QObject
{
    Q_OBJECT
private slots:
    void inspect_data();
    void inspect();
    void unreadable();

private:
    QTemporaryDir m_dir;
};

void TestPrivateKeyFile::inspect_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("format"); // "" = OpenSSH, "PEM" = legacy
    QTest::addColumn<bool>("keepPub");
    QTest::addColumn<QString>("expectedType");
    QTest::newRow("ed25519") << "ed25519"
                             << ""
                             << "" << true << "ssh-ed25519";
    QTest::newRow("ed25519 encrypted") << "ed25519"
                                       << "pass-1"
                                       << "" << true << "ssh-ed25519";
    QTest::newRow("ecdsa encrypted no .pub") << "ecdsa"
                                             << "pass-2"
                                             << "" << false << "ecdsa-sha2-nistp256";
    QTest::newRow("rsa") << "rsa"
                         << ""
                         << "" << true << "ssh-rsa";
    QTest::newRow("rsa PEM encrypted no .pub") << "rsa"
                                               << "pass-3"
                                               << "PEM" << false << "ssh-rsa";
}

void TestPrivateKeyFile::inspect()
{
    QFETCH(QString, type);
    QFETCH(QString, passphrase);
    QFETCH(QString, format);
    QFETCH(bool, keepPub);
    QFETCH(QString, expectedType);
    const QString path = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QStringList arguments{QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                          passphrase,           QStringLiteral("-f"), path};
    if (type == QLatin1String("rsa"))
        arguments << QStringLiteral("-b") << QStringLiteral("2048");
    if (!format.isEmpty())
        arguments << QStringLiteral("-m") << format;
    QVERIFY(SshTestServer::runProgram(QStringLiteral("ssh-keygen"), arguments));
    QFile pub(path + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QByteArray publicBlob = QByteArray::fromBase64(pub.readAll().split(' ').value(1));
    pub.close();
    if (!keepPub)
        QVERIFY(pub.remove());

    const PrivateKeyFile key = PrivateKeyFile::inspect(path);
    QVERIFY(key.isReadable());
    QCOMPARE(key.keyType(), expectedType);
    QCOMPARE(key.isEncrypted(), !passphrase.isEmpty());
    QCOMPARE(key.isRsa(), type == QLatin1String("rsa"));
    QCOMPARE(key.publicKeyPath().isEmpty(), !keepPub);
    if (format.isEmpty())
        QCOMPARE(key.publicKeyBlob(), publicBlob); // also read from the key file itself
}

void TestPrivateKeyFile::unreadable()
{
    const PrivateKeyFile missing = PrivateKeyFile::inspect(m_dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.isReadable());
    QVERIFY(!missing.errorString().isEmpty());
    QVERIFY(!PrivateKeyFile::inspect(QString()).isReadable());
}

QTEST_GUILESS_MAIN(TestPrivateKeyFile)
#include "tst_privatekeyfile.moc"
