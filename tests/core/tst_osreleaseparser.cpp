#include "CoreTestSupport.h"
#include "facts/OsReleaseParser.h"

#include <QTest>

class TestOsReleaseParser : public QObject
{
    Q_OBJECT

private slots:
    void realFiles_data();
    void realFiles();
    void quoting_data();
    void quoting();
    void garbageGivesUnknown_data();
    void garbageGivesUnknown();
};

void TestOsReleaseParser::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("pretty");
    QTest::addColumn<int>("family");
    QTest::newRow("debian 12 (this machine)")
        << "os-release-debian12"
        << "debian"
        << "12"
        << "Debian GNU/Linux 12 (bookworm)" << int(OsFamily::Debian);
    QTest::newRow("ubuntu 22.04") << "os-release-ubuntu2204"
                                  << "ubuntu"
                                  << "22.04"
                                  << "Ubuntu 22.04.4 LTS" << int(OsFamily::Debian);
    QTest::newRow("fedora 40") << "os-release-fedora40"
                               << "fedora"
                               << "40"
                               << "Fedora Linux 40 (Server Edition)" << int(OsFamily::Fedora);
    QTest::newRow("rocky 9") << "os-release-rocky9"
                             << "rocky"
                             << "9.4"
                             << "Rocky Linux 9.4 (Blue Onyx)" << int(OsFamily::Fedora);
    QTest::newRow("alpine") << "os-release-alpine"
                            << "alpine"
                            << "3.20.0"
                            << "Alpine Linux v3.20" << int(OsFamily::Unknown);
}

void TestOsReleaseParser::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, version);
    QFETCH(QString, pretty);
    QFETCH(int, family);
    const OsRelease os =
        OsReleaseParser::parse(QString::fromUtf8(CoreTestSupport::readData("core/facts/" + file)));
    QCOMPARE(os.id, id);
    QCOMPARE(os.versionId, version);
    QCOMPARE(os.prettyName, pretty);
    QCOMPARE(int(os.family()), family);
}

void TestOsReleaseParser::quoting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "NAME=Debian"
                           << "Debian";
    QTest::newRow("double") << "NAME=\"Debian GNU/Linux\""
                            << "Debian GNU/Linux";
    QTest::newRow("single") << "NAME='Debian GNU/Linux'"
                            << "Debian GNU/Linux";
    QTest::newRow("escapes") << "NAME=\"a \\\"b\\\" \\$c \\\\d\""
                             << "a \"b\" $c \\d";
    QTest::newRow("spaces around") << "  NAME=\"x\"  "
                                   << "x";
    QTest::newRow("empty") << "NAME="
                           << "";
    QTest::newRow("lone quote") << "NAME=\""
                                << "\"";
    QTest::newRow("equals in value") << "NAME=a=b"
                                     << "a=b";
}

void TestOsReleaseParser::quoting()
{
    QFETCH(QString, line);
    QFETCH(QString, value);
    const auto fields =
        OsReleaseParser::parseFields("# comment\n" + line + "\nnot an assignment\n");
    QCOMPARE(fields.value("NAME"), value);
    QCOMPARE(fields.size(), 1);
}

void TestOsReleaseParser::garbageGivesUnknown_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\x01\xff=\xfe\n=\n==", 12);
    QTest::newRow("json") << QByteArray("{\"ID\": \"debian\"}");
    QTest::newRow("bad key") << QByteArray("1D=debian\nI D=debian\n");
}

void TestOsReleaseParser::garbageGivesUnknown()
{
    QFETCH(QByteArray, text);
    const OsRelease os = OsReleaseParser::parse(QString::fromUtf8(text));
    QCOMPARE(os.family(), OsFamily::Unknown);
}

QTEST_GUILESS_MAIN(TestOsReleaseParser)
#include "tst_osreleaseparser.moc"
