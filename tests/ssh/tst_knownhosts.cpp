// KnownHosts and SshHostKey, checked against OpenSSH's own tools (ssh-keygen): matching rules,
// hashed names, ports, patterns, @revoked, and files written by one read by the other.
#include "HostCertificate.h"
#include "KnownHosts.h"
#include "SshHostKey.h"
#include "SshTestServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Status = KnownHosts::Status;

class TestKnownHosts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fingerprintMatchesSshKeygen();
    void check_data();
    void check();
    void missingFileIsEmpty();
    void knownKeyTypesInFileOrder();
    void writtenPlainLineIsFoundByOpenSsh();
    void writtenHashedLineIsFoundByOpenSsh();
    void hashedByOpenSshIsFoundHere();
    void appendKeepsLastLineIntact();
    void patternMatching_data();
    void patternMatching();
    void certificateAuthoritiesAreListed();
    void hostCertificateChecks_data();
    void hostCertificateChecks();

private:
    QString write(const QString &name, const QString &content);
    QString line(const QString &hosts, const SshHostKey &key) const;

    QTemporaryDir m_dir;
    SshHostKey m_ed25519;
    SshHostKey m_ed25519Other;
    SshHostKey m_ecdsa;
};

namespace {
SshHostKey generate(const QString &dir, const QString &name, const QString &type)
{
    const QString path = dir + QLatin1Char('/') + name;
    SshTestServer::runProgram(QStringLiteral("ssh-keygen"),
                              {QStringLiteral("-q"), QStringLiteral("-t"), type,
                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), path});
    QFile pub(path + QStringLiteral(".pub"));
    pub.open(QIODevice::ReadOnly);
    return SshHostKey(QByteArray::fromBase64(pub.readAll().split(' ').value(1)));
}
} // namespace

void TestKnownHosts::initTestCase()
{
    m_ed25519 = generate(m_dir.path(), QStringLiteral("a"), QStringLiteral("ed25519"));
    m_ed25519Other = generate(m_dir.path(), QStringLiteral("b"), QStringLiteral("ed25519"));
    m_ecdsa = generate(m_dir.path(), QStringLiteral("c"), QStringLiteral("ecdsa"));
    QCOMPARE(m_ed25519.type(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(m_ecdsa.type(), QStringLiteral("ecdsa-sha2-nistp256"));
    QCOMPARE(m_ecdsa.typeLabel(), QStringLiteral("ECDSA"));
}

QString TestKnownHosts::write(const QString &name, const QString &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(content.toUtf8());
    return path;
}

QString TestKnownHosts::line(const QString &hosts, const SshHostKey &key) const
{
    return QStringLiteral("%1 %2 %3\n").arg(hosts, key.type(), key.base64());
}

void TestKnownHosts::fingerprintMatchesSshKeygen()
{
    QString output;
    QVERIFY(SshTestServer::runProgram(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-l"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("a.pub"))}, {},
        &output));
    QVERIFY2(output.contains(m_ed25519.fingerprint()), qPrintable(output));
    QVERIFY(m_ed25519.fingerprint().startsWith(QLatin1String("SHA256:")));
    QVERIFY(!m_ed25519.fingerprint().endsWith(QLatin1Char('=')));
}

void TestKnownHosts::check_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("offered"); // a, b or c
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("line");

    const QString a = line(QStringLiteral("server1"), m_ed25519);
    QTest::newRow("empty") << QString() << "server1" << 22 << "a" << int(Status::Unknown) << 0;
    QTest::newRow("match") << a << "server1" << 22 << "a" << int(Status::Match) << 1;
    QTest::newRow("host name case-insensitive")
        << a << "SERVER1" << 22 << "a" << int(Status::Match) << 1;
    QTest::newRow("changed") << QStringLiteral("# comment\n\n") + a << "server1" << 22 << "b"
                             << int(Status::Changed) << 3;
    QTest::newRow("other type is not a change")
        << a << "server1" << 22 << "c" << int(Status::Unknown) << 0;
    QTest::newRow("other host") << a << "server2" << 22 << "b" << int(Status::Unknown) << 0;
    // OpenSSH looks up "[host]:port" for other ports; a port-less line does not apply.
    QTest::newRow("port-less line, other port")
        << a << "server1" << 2222 << "b" << int(Status::Unknown) << 0;
    QTest::newRow("[host]:port") << line(QStringLiteral("[server1]:2222"), m_ed25519) << "server1"
                                 << 2222 << "a" << int(Status::Match) << 1;
    QTest::newRow("[host]:port changed") << line(QStringLiteral("[server1]:2222"), m_ed25519)
                                         << "server1" << 2222 << "b" << int(Status::Changed) << 1;
    QTest::newRow("[host]:22 is not how port 22 is written")
        << line(QStringLiteral("[server1]:22"), m_ed25519) << "server1" << 22 << "a"
        << int(Status::Unknown) << 0;
    QTest::newRow("multi-name") << line(QStringLiteral("web,server1,10.0.0.1"), m_ed25519)
                                << "10.0.0.1" << 22 << "a" << int(Status::Match) << 1;
    QTest::newRow("wildcard") << line(QStringLiteral("*.example.org"), m_ed25519)
                              << "db.example.org" << 22 << "a" << int(Status::Match) << 1;
    QTest::newRow("negated pattern")
        << line(QStringLiteral("*.example.org,!db.example.org"), m_ed25519) << "db.example.org"
        << 22 << "b" << int(Status::Unknown) << 0;
    QTest::newRow("revoked wins over a match")
        << a + QStringLiteral("@revoked ") + line(QStringLiteral("*"), m_ed25519) << "server1" << 22
        << "a" << int(Status::Revoked) << 2;
    QTest::newRow("revoked other key does not matter")
        << a + QStringLiteral("@revoked ") + line(QStringLiteral("*"), m_ed25519Other) << "server1"
        << 22 << "a" << int(Status::Match) << 1;
    QTest::newRow("cert-authority line never matches")
        << QStringLiteral("@cert-authority ") + a << "server1" << 22 << "a" << int(Status::Unknown)
        << 0;
    QTest::newRow("malformed lines skipped")
        << QStringLiteral("garbage\nserver1 ssh-ed25519 !!!notbase64\n") + a << "server1" << 22
        << "a" << int(Status::Match) << 3;
    QTest::newRow("hashed") << line(KnownHosts::hashedName(QStringLiteral("server1"),
                                                           "0123456789abcdefghij"),
                                    m_ed25519)
                            << "server1" << 22 << "a" << int(Status::Match) << 1;
    QTest::newRow("hashed changed")
        << line(KnownHosts::hashedName(QStringLiteral("[server1]:2200"), "saltsaltsaltsaltsalt"),
                m_ed25519)
        << "server1" << 2200 << "b" << int(Status::Changed) << 1;
}

void TestKnownHosts::check()
{
    QFETCH(QString, content);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, offered);
    QFETCH(int, status);
    QFETCH(int, line);
    KnownHosts knownHosts(write(QStringLiteral("check"), content));
    QVERIFY(knownHosts.load());
    const SshHostKey key = offered == QLatin1String("a")   ? m_ed25519
                           : offered == QLatin1String("b") ? m_ed25519Other
                                                           : m_ecdsa;
    const KnownHosts::CheckResult result = knownHosts.check(host, quint16(port), key);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.line, line);
}

void TestKnownHosts::missingFileIsEmpty()
{
    KnownHosts knownHosts(m_dir.filePath(QStringLiteral("does-not-exist")));
    QString error;
    QVERIFY(knownHosts.load(&error));
    QVERIFY(error.isEmpty());
    QCOMPARE(knownHosts.check(QStringLiteral("h"), 22, m_ed25519).status, Status::Unknown);
}

void TestKnownHosts::knownKeyTypesInFileOrder()
{
    KnownHosts knownHosts(
        write(QStringLiteral("types"),
              line(QStringLiteral("[h]:2222"), m_ecdsa) + line(QStringLiteral("other"), m_ed25519) +
                  line(QStringLiteral("[h]:2222"), m_ed25519) + QStringLiteral("@revoked ") +
                  line(QStringLiteral("*"), m_ed25519Other)));
    QVERIFY(knownHosts.load());
    QCOMPARE(knownHosts.knownKeyTypes(QStringLiteral("h"), 2222),
             (QStringList{QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ssh-ed25519")}));
}

void TestKnownHosts::writtenPlainLineIsFoundByOpenSsh()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/dir/written_plain"));
    KnownHosts knownHosts(path);
    QVERIFY(knownHosts.add(QStringLiteral("10.1.2.3"), 2222, m_ed25519));
    QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QString output;
    QVERIFY(SshTestServer::runProgram(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-F"), QStringLiteral("[10.1.2.3]:2222"), QStringLiteral("-f"), path}, {},
        &output));
    QVERIFY(output.contains(m_ed25519.base64()));
    KnownHosts reread(path);
    QVERIFY(reread.load());
    QCOMPARE(reread.check(QStringLiteral("10.1.2.3"), 2222, m_ed25519).status, Status::Match);
}

void TestKnownHosts::writtenHashedLineIsFoundByOpenSsh()
{
    const QString path = m_dir.filePath(QStringLiteral("written_hashed"));
    KnownHosts knownHosts(path);
    QVERIFY(knownHosts.add(QStringLiteral("server9"), 22, m_ecdsa, KnownHosts::HashMode::Hashed));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("|1|"));
    QVERIFY(!content.contains("server9"));
    QString output;
    QVERIFY(SshTestServer::runProgram(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-F"), QStringLiteral("server9"), QStringLiteral("-f"), path}, {},
        &output));
    QVERIFY(output.contains(m_ecdsa.base64()));
}

void TestKnownHosts::hashedByOpenSshIsFoundHere()
{
    const QString path =
        write(QStringLiteral("hashed_by_openssh"), line(QStringLiteral("[alpha]:2022"), m_ed25519) +
                                                       line(QStringLiteral("beta"), m_ecdsa));
    QVERIFY(SshTestServer::runProgram(QStringLiteral("ssh-keygen"),
                                      {QStringLiteral("-H"), QStringLiteral("-f"), path}));
    KnownHosts knownHosts(path);
    QVERIFY(knownHosts.load());
    QCOMPARE(knownHosts.check(QStringLiteral("alpha"), 2022, m_ed25519).status, Status::Match);
    QCOMPARE(knownHosts.check(QStringLiteral("beta"), 22, m_ecdsa).status, Status::Match);
    QCOMPARE(knownHosts.check(QStringLiteral("alpha"), 2022, m_ed25519Other).status,
             Status::Changed);
    QCOMPARE(knownHosts.check(QStringLiteral("alpha"), 22, m_ed25519).status, Status::Unknown);
}

void TestKnownHosts::appendKeepsLastLineIntact()
{
    const QString path =
        write(QStringLiteral("no_newline"), line(QStringLiteral("first"), m_ed25519).trimmed());
    KnownHosts knownHosts(path);
    QVERIFY(knownHosts.load());
    QVERIFY(knownHosts.add(QStringLiteral("second"), 22, m_ecdsa));
    KnownHosts reread(path);
    QVERIFY(reread.load());
    QCOMPARE(reread.check(QStringLiteral("first"), 22, m_ed25519).status, Status::Match);
    QCOMPARE(reread.check(QStringLiteral("second"), 22, m_ecdsa).status, Status::Match);
}

void TestKnownHosts::patternMatching_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "host"
                           << "host" << true;
    QTest::newRow("star") << "db.example.org"
                          << "*.example.org" << true;
    QTest::newRow("star is not a dot") << "example.org"
                                       << "*.example.org" << false;
    QTest::newRow("question") << "10.0.0.7"
                              << "10.0.0.?" << true;
    QTest::newRow("question needs one") << "10.0.0.17"
                                        << "10.0.0.?" << false;
    QTest::newRow("bracket port") << "[10.0.0.7]:2222"
                                  << "[10.0.0.*]:2222" << true;
    QTest::newRow("only star") << "anything"
                               << "*" << true;
    QTest::newRow("star star") << "a.b.c"
                               << "*.*" << true;
    QTest::newRow("case") << "Host.Example"
                          << "host.EXAMPLE" << true;
    QTest::newRow("backtracking") << "aaaaab"
                                  << "*a*b" << true;
    QTest::newRow("mismatch tail") << "aaaaac"
                                   << "*a*b" << false;
}

void TestKnownHosts::patternMatching()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(KnownHosts::patternMatches(name, pattern), matches);
}

void TestKnownHosts::certificateAuthoritiesAreListed()
{
    const QString path =
        write(QStringLiteral("ca"), QStringLiteral("@cert-authority ") +
                                        line(QStringLiteral("*.example.com"), m_ed25519) +
                                        line(QStringLiteral("web1.example.com"), m_ecdsa));
    KnownHosts knownHosts(path);
    QVERIFY(knownHosts.load());
    QCOMPARE(knownHosts.certificateAuthorities(QStringLiteral("web1.example.com")),
             QList<QByteArray>{m_ed25519.blob()});
    QVERIFY(knownHosts.certificateAuthorities(QStringLiteral("other.org")).isEmpty());
    // A CA line never matches as a host key, and is no recorded key type.
    QCOMPARE(knownHosts.check(QStringLiteral("web1.example.com"), 22, m_ed25519).status,
             Status::Unknown);
    QCOMPARE(knownHosts.knownKeyTypes(QStringLiteral("web1.example.com"), 22),
             QStringList{QStringLiteral("ecdsa-sha2-nistp256")});
}

void TestKnownHosts::hostCertificateChecks_data()
{
    QTest::addColumn<QStringList>("signing"); // ssh-keygen -s arguments besides key and CA
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("problem"); // expected words of the problem; "" = accepted
    const QStringList host{QStringLiteral("-h")};
    QTest::newRow("valid") << (host + QStringList{"-n", "web1.example.com"}) << "web1.example.com"
                           << "";
    QTest::newRow("wildcard principal")
        << (host + QStringList{"-n", "*.example.com"}) << "web1.example.com"
        << "";
    QTest::newRow("no principals: any host") << host << "web1.example.com"
                                             << "";
    QTest::newRow("another name") << (host + QStringList{"-n", "web2.example.com"})
                                  << "web1.example.com"
                                  << "names web2.example.com";
    QTest::newRow("user certificate") << QStringList{"-n", "web1.example.com"} << "web1.example.com"
                                      << "not a host certificate";
    QTest::newRow("expired") << (host + QStringList{"-V", "20000101:20000102"})
                             << "web1.example.com"
                             << "expired";
    QTest::newRow("not yet valid")
        << (host + QStringList{"-V", "29990101:29990102"}) << "web1.example.com"
        << "not valid yet";
    QTest::newRow("other CA") << (host + QStringList{"-n", "web1.example.com", "other"})
                              << "web1.example.com"
                              << "not listed as @cert-authority";
}

// HostCertificate reads what ssh-keygen signs and judges it as OpenSSH does (the signature
// itself is ssh-keygen -L's part, see HostCertificateCheck).
void TestKnownHosts::hostCertificateChecks()
{
    QFETCH(QStringList, signing);
    QFETCH(QString, host);
    QFETCH(QString, problem);
    const QString dir = m_dir.filePath(QStringLiteral("cert-%1").arg(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(dir));
    const SshHostKey listedCa = generate(dir, QStringLiteral("ca"), QStringLiteral("ed25519"));
    generate(dir, QStringLiteral("other"), QStringLiteral("ed25519"));
    const SshHostKey hostKey = generate(dir, QStringLiteral("host"), QStringLiteral("ecdsa"));
    QString ca = QStringLiteral("ca");
    if (signing.last() == QLatin1String("other"))
        ca = signing.takeLast();
    QVERIFY(SshTestServer::runProgram(
        QStringLiteral("ssh-keygen"),
        QStringList{QStringLiteral("-q"), QStringLiteral("-s"), dir + '/' + ca,
                    QStringLiteral("-I"), QStringLiteral("web1")} +
            signing + QStringList{dir + QStringLiteral("/host.pub")}));
    QFile certFile(dir + QStringLiteral("/host-cert.pub"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QByteArray blob = QByteArray::fromBase64(certFile.readAll().split(' ').value(1));
    const std::optional<HostCertificate> certificate = HostCertificate::parse(blob);
    QVERIFY(certificate);
    QCOMPARE(certificate->certificateType(),
             QStringLiteral("ecdsa-sha2-nistp256-cert-v01@openssh.com"));
    QCOMPARE(certificate->plainKeyBlob(), hostKey.blob()); // what libssh2 hands over
    QCOMPARE(certificate->keyId(), QStringLiteral("web1"));
    const QString found =
        certificate->problem(host, {listedCa.blob()}, quint64(QDateTime::currentSecsSinceEpoch()));
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
    // Truncated or plain blobs are no certificate.
    QVERIFY(!HostCertificate::parse(blob.left(blob.size() - 1)));
    QVERIFY(!HostCertificate::parse(hostKey.blob()));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
