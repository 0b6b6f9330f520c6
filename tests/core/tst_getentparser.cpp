#include "CoreTestSupport.h"
#include "facts/GetentParser.h"

#include <QTest>

class TestGetentParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestGetentParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::newRow("this machine") << QString::fromUtf8(CoreTestSupport::readData(
                                         "core/facts/getent-localhost.txt"))
                                  << QStringList{"127.0.0.1"};
    QTest::newRow("v4 and v6") << "10.3.0.44       STREAM server01-private\n"
                                  "10.3.0.44       DGRAM  \n"
                                  "fd00::44        STREAM \n"
                               << QStringList{"10.3.0.44", "fd00::44"};
    QTest::newRow("tab separated") << "10.3.0.45\tSTREAM x\n" << QStringList{"10.3.0.45"};
    QTest::newRow("v6 spelled long") << "FD00:0:0:0:0:0:0:44 STREAM x\n" << QStringList{"fd00::44"};
    QTest::newRow("does not resolve") << "" << QStringList{};
    QTest::newRow("noise") << "getent: error\nnot-an-address STREAM\n" << QStringList{};
}

void TestGetentParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QCOMPARE(GetentParser::addresses(text), addresses);
}

QTEST_GUILESS_MAIN(TestGetentParser)
#include "tst_getentparser.moc"
