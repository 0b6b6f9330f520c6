#include "spec/FieldRules.h"

#include <QTest>

#include <functional>

// Each rule against values it must accept and values it must refuse, with the refusal naming
// the problem in a sentence.
class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void ports_data();
    void ports();
    void canonicalAddress();
    void pathIsInside();
};

using Rule = std::function<QString(const QString &)>;
Q_DECLARE_METATYPE(Rule)

void TestFieldRules::rules_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    const Rule host = &FieldRules::hostName;
    QTest::newRow("host simple") << host << "server01" << true << "";
    QTest::newRow("host dotted") << host << "web-1.example.org" << true << "";
    QTest::newRow("host digits first label") << host << "1and1.example" << true << "";
    QTest::newRow("host 63 label") << host << QString(63, 'a') << true << "";
    QTest::newRow("host 64 label") << host << QString(64, 'a') << false << "not a valid host name";
    QTest::newRow("host 254 total") << host
                                    << (QString(63, 'a') + "." + QString(63, 'b') + "." +
                                        QString(63, 'c') + "." + QString(62, 'd'))
                                    << false << "not a valid host name";
    QTest::newRow("host leading dash") << host << "-server" << false << "not a valid host name";
    QTest::newRow("host trailing dash") << host << "server-" << false << "not a valid host name";
    QTest::newRow("host underscore") << host << "my_server" << false << "not a valid host name";
    QTest::newRow("host empty label") << host << "a..b" << false << "not a valid host name";
    QTest::newRow("host trailing dot") << host << "server." << false << "not a valid host name";
    QTest::newRow("host all digits") << host << "10.3.0.44" << false << "looks like an IP address";
    QTest::newRow("host empty") << host << "" << false << "Enter a host name";

    const Rule v4 = &FieldRules::ipv4Address;
    QTest::newRow("v4 ok") << v4 << "10.3.0.44" << true << "";
    QTest::newRow("v4 edges") << v4 << "255.255.255.0" << true << "";
    QTest::newRow("v4 256") << v4 << "10.3.0.256" << false << "not an IPv4 address";
    QTest::newRow("v4 leading zero") << v4 << "10.03.0.44" << false << "not an IPv4 address";
    QTest::newRow("v4 three parts") << v4 << "10.3.44" << false << "not an IPv4 address";
    QTest::newRow("v4 integer") << v4 << "167968812" << false << "not an IPv4 address";
    QTest::newRow("v4 space") << v4 << " 10.3.0.44" << false << "not an IPv4 address";

    const Rule v6 = &FieldRules::ipv6Address;
    QTest::newRow("v6 ok") << v6 << "fd00::44" << true << "";
    QTest::newRow("v6 full") << v6 << "2001:0db8:0000:0000:0000:0000:0000:0001" << true << "";
    QTest::newRow("v6 mapped") << v6 << "::ffff:10.3.0.44" << true << "";
    QTest::newRow("v6 scope") << v6 << "fe80::1%eth0" << false << "not an IPv6 address";
    QTest::newRow("v6 brackets") << v6 << "[fd00::44]" << false << "not an IPv6 address";
    QTest::newRow("v6 triple colon") << v6 << "fd00:::44" << false << "not an IPv6 address";
    QTest::newRow("v6 v4 only") << v6 << "10.3.0.44" << false << "not an IPv6 address";

    const Rule ip = &FieldRules::ipAddress;
    QTest::newRow("ip v4") << ip << "10.3.0.44" << true << "";
    QTest::newRow("ip v6") << ip << "fd00::44" << true << "";
    QTest::newRow("ip name") << ip << "server01" << false << "is not an IP address";

    const Rule hostOrAddress = &FieldRules::hostOrAddress;
    QTest::newRow("public ip") << hostOrAddress << "37.153.173.244" << true << "";
    QTest::newRow("public name") << hostOrAddress << "www.example.org" << true << "";
    QTest::newRow("public bad") << hostOrAddress << "www example" << false << "neither";

    const Rule ssh = &FieldRules::sshHost;
    QTest::newRow("ssh alias underscore") << ssh << "prod_web1" << true << "";
    QTest::newRow("ssh address") << ssh << "198.18.1.11" << true << "";
    QTest::newRow("ssh option") << ssh << "-oProxyCommand=x" << false << "not a usable SSH host";
    QTest::newRow("ssh user at") << ssh << "root@host" << false << "not a usable SSH host";

    const Rule user = &FieldRules::userName;
    QTest::newRow("user root") << user << "root" << true << "";
    QTest::newRow("user empty = from ssh config") << user << "" << true << "";
    QTest::newRow("user with dash") << user << "lab-admin_2" << true << "";
    QTest::newRow("user upper") << user << "Admin" << false << "not a valid user name";
    QTest::newRow("user digit first") << user << "1admin" << false << "not a valid user name";
    QTest::newRow("user too long") << user << QString(33, 'a') << false << "not a valid user name";

    const Rule key = &FieldRules::identityFile;
    QTest::newRow("key home") << key << "~/.ssh/id_ed25519" << true << "";
    QTest::newRow("key absolute") << key << "/srv/ghw-lab/admin/id_ed25519" << true << "";
    QTest::newRow("key relative") << key << "keys/id" << true << "";
    QTest::newRow("key other user home") << key << "~root/.ssh/id" << false << "not a usable key";
    QTest::newRow("key space") << key << "/my keys/id" << false << "not a usable key";
    QTest::newRow("key empty") << key << "" << false << "Enter the private key file";

    const Rule volume = &FieldRules::volumeName;
    QTest::newRow("volume seed") << volume << "var-www" << true << "";
    QTest::newRow("volume underscore") << volume << "web_data2" << true << "";
    QTest::newRow("volume 64") << volume << QString(64, 'v') << true << "";
    QTest::newRow("volume 65") << volume << QString(65, 'v') << false
                               << "not a valid Gluster volume";
    QTest::newRow("volume dash first") << volume << "-www" << false << "not a valid Gluster volume";
    QTest::newRow("volume dot") << volume << "var.www" << false << "not a valid Gluster volume";
    QTest::newRow("volume reserved") << volume << "all" << false << "reserved word";
    QTest::newRow("volume reserved case") << volume << "Force" << false << "reserved word";

    const Rule path = &FieldRules::absolutePath;
    QTest::newRow("path seed") << path << "/var/www" << true << "";
    QTest::newRow("path brick") << path << "/data/var-www/brick01" << true << "";
    QTest::newRow("path relative") << path << "var/www" << false << "not an absolute path";
    QTest::newRow("path dotdot") << path << "/data/../etc" << false << "'..'";
    QTest::newRow("path dot") << path << "/data/./x" << false << "'..'";
    QTest::newRow("path double slash") << path << "/data//x" << false << "not a safe path";
    QTest::newRow("path trailing slash") << path << "/data/x/" << false << "not a safe path";
    QTest::newRow("path root") << path << "/" << false << "not a safe path";
    QTest::newRow("path system") << path << "/etc" << false << "system directory";
    QTest::newRow("path var") << path << "/var" << false << "system directory";
    QTest::newRow("path space") << path << "/var/my www" << false << "not a safe path";

    const Rule device = &FieldRules::devicePath;
    QTest::newRow("dev vdb") << device << "/dev/vdb" << true << "";
    QTest::newRow("dev nvme") << device << "/dev/nvme0n1" << true << "";
    QTest::newRow("dev by-id") << device << "/dev/disk/by-id/virtio-abc_123:0" << true << "";
    QTest::newRow("dev mapper") << device << "/dev/mapper/vg0-bricks" << true << "";
    QTest::newRow("dev not dev") << device << "/tmp/vdb" << false << "not a device path";
    QTest::newRow("dev escape") << device << "/dev/../etc/passwd" << false << "'..'";
    QTest::newRow("dev bare") << device << "/dev/" << false << "not a device path";

    const Rule dir = &FieldRules::directoryName;
    QTest::newRow("dir volume") << dir << "volume" << true << "";
    QTest::newRow("dir slash") << dir << "a/b" << false << "not a valid directory name";
    QTest::newRow("dir dotdot") << dir << ".." << false << "not a valid directory name";
    QTest::newRow("dir dash") << dir << "-rf" << false << "not a valid directory name";

    const Rule file = &FieldRules::relativeFile;
    QTest::newRow("file seed") << file << "html/index.html" << true << "";
    QTest::newRow("file absolute") << file << "/html/index.html" << false << "not a safe relative";
    QTest::newRow("file escape") << file << "html/../../etc/passwd" << false << "'..'";
    QTest::newRow("file dash") << file << "html/-x" << false << "'..'";

    const Rule text = &FieldRules::textLine;
    QTest::newRow("text seed") << text << "Hello, World!" << true << "";
    QTest::newRow("text quotes") << text << "it's \"$(not run)\" `x`" << true << "";
    QTest::newRow("text unicode") << text << "Grüße 🌍" << true << "";
    QTest::newRow("text newline") << text << "a\nb" << false << "one line";
    QTest::newRow("text tab") << text << "a\tb" << false << "one line";
    QTest::newRow("text zero width") << text << "a\u200Bb" << false << "one line";
    QTest::newRow("text rtl override") << text << "a\u202Eb" << false << "one line";
    QTest::newRow("text empty") << text << "" << false << "Enter some text";
}

void TestFieldRules::rules()
{
    QFETCH(Rule, rule);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    const QString message = rule(value);
    if (accepted) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1Char('.')));
    }
}

void TestFieldRules::ports_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("not set") << 0 << true;
    QTest::newRow("ssh") << 22 << true;
    QTest::newRow("max") << 65535 << true;
    QTest::newRow("over") << 65536 << false;
    QTest::newRow("negative") << -22 << false;
}

void TestFieldRules::ports()
{
    QFETCH(int, port);
    QFETCH(bool, accepted);
    QCOMPARE(FieldRules::port(port).isEmpty(), accepted);
}

void TestFieldRules::canonicalAddress()
{
    QCOMPARE(FieldRules::canonicalAddress(QStringLiteral("FD00:0:0::0044")),
             QStringLiteral("fd00::44"));
    QCOMPARE(FieldRules::canonicalAddress(QStringLiteral("10.3.0.44")),
             QStringLiteral("10.3.0.44"));
    QCOMPARE(FieldRules::canonicalAddress(QStringLiteral("not-an-address")),
             QStringLiteral("not-an-address"));
}

void TestFieldRules::pathIsInside()
{
    QVERIFY(FieldRules::pathIsInside(QStringLiteral("/var/www/x"), QStringLiteral("/var/www")));
    QVERIFY(FieldRules::pathIsInside(QStringLiteral("/var/www"), QStringLiteral("/var/www")));
    QVERIFY(!FieldRules::pathIsInside(QStringLiteral("/var/www2"), QStringLiteral("/var/www")));
    QVERIFY(!FieldRules::pathIsInside(QStringLiteral("/var"), QStringLiteral("/var/www")));
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
