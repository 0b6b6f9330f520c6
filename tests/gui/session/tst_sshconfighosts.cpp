#include "connect/SshConfigHosts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The host aliases offered on the servers page, read from an OpenSSH client config.
class TestSshConfigHosts : public QObject
{
    Q_OBJECT
private slots:
    void fromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("empty") << "" << QStringList();
        QTest::newRow("two hosts on one line") << "Host web1 web2\n  HostName 10.0.0.1\n"
                                               << QStringList{"web1", "web2"};
        QTest::newRow("patterns are not hosts")
            << "Host *\n  User root\nHost *.example.org db? !bad storage\n"
            << QStringList{"storage"};
        QTest::newRow("equals sign and case") << "host=alpha\nHOST beta\n"
                                              << QStringList{"alpha", "beta"};
        QTest::newRow("comments and indentation")
            << "# Host commented\n\tHost gamma # a trailing comment\n"
            << QStringList{"gamma"};
        QTest::newRow("quoted and duplicates")
            << "Host \"delta\"\nHost delta epsilon\nMatch host zeta\n"
            << QStringList{"delta", "epsilon"};
    }
    void fromText()
    {
        QFETCH(QString, text);
        QTEST(SshConfigHosts::fromText(text), "hosts");
    }

    void followsIncludes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath("config.d"));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write("config", "Include config.d/*.conf\nHost main\n");
        write("config.d/a.conf", "Host server01 server02\n");
        write("config.d/b.conf", "Host backup\nInclude ../config\n"); // a loop is bounded
        write("config.d/ignored.txt", "Host never\n");
        const QStringList hosts = SshConfigHosts::fromFile(dir.filePath("config"));
        QCOMPARE(hosts.mid(0, 4), QStringList({"server01", "server02", "backup", "main"}));
        QVERIFY(!hosts.contains("never"));
    }

    void aMissingFileHasNoHosts()
    {
        QVERIFY(SshConfigHosts::fromFile("/nonexistent/ssh/config").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSshConfigHosts)
#include "tst_sshconfighosts.moc"
