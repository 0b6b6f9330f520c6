#pragma once

#include "gluster/GlusterFailure.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Test helpers shared by the gluster parser tests (header only, included by each test).
namespace GlusterTestData {

// tests/data/gluster/NAME. A missing fixture stops the whole test run loudly.
inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(GHW_TEST_DATA_DIR "/gluster/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Rows every parser must classify the same way: columns "output" (QByteArray) and "kind" (int).
inline void addCommonFailureRows()
{
    using Kind = GlusterFailure::Kind;
    auto row = [](const char *name, const QByteArray &output, Kind kind) {
        QTest::newRow(name) << output << static_cast<int>(kind);
    };
    row("empty", QByteArray(), Kind::NoOutput);
    row("blank lines", "  \n\n \t\n", Kind::NoOutput);
    row("glusterd down (real)", fixture(QStringLiteral("F1-down-peer-status-server02.xml")),
        Kind::DaemonUnreachable);
    row("request timed out", "Error : Request timed out\n", Kind::RequestTimedOut);
    row("transaction in progress",
        "Another transaction is in progress for var-www. Please try again after some time.\n",
        Kind::TransactionInProgress);
    row("plain failed message", "volume start: var-www: failed: Volume var-www already started\n",
        Kind::CommandFailed);
    row("garbage text", "hello world\n", Kind::Unrecognized);
    row("binary", QByteArray("\x00\x01\xff\xfe<\x00", 6), Kind::Unrecognized);
    row("binary after root", QByteArray("<cliOutput>\x00\x01\xff\xfe<\x00", 17), Kind::Malformed);
    row("opRet -1 with opErrstr",
        "<?xml version=\"1.0\"?><cliOutput><opRet>-1</opRet><opErrno>0</opErrno>"
        "<opErrstr>Volume nosuch does not exist</opErrstr></cliOutput>",
        Kind::CommandFailed);
    row("opRet -1 lock held",
        "<cliOutput><opRet>-1</opRet><opErrno>0</opErrno><opErrstr>Another transaction is in "
        "progress for var-www. Please try again after some time.</opErrstr></cliOutput>",
        Kind::TransactionInProgress);
    row("opRet not a number", "<cliOutput><opRet>x</opRet></cliOutput>", Kind::Malformed);
    row("wrong root", "<?xml version=\"1.0\"?><html><body/></html>", Kind::Malformed);
    row("unclosed root", "<cliOutput><opRet>0</opRet>", Kind::Malformed);
    row("mismatched tags", "<cliOutput><opRet>0</opErrno></cliOutput>", Kind::Malformed);
    row("two roots", "<cliOutput/><cliOutput/>", Kind::Malformed);
    row("too deep",
        QByteArray("<cliOutput>") + QByteArray("<a>").repeated(100) +
            QByteArray("</a>").repeated(100) + QByteArray("</cliOutput>"),
        Kind::Malformed);
    row("no payload", "<cliOutput><opRet>0</opRet><opErrno>0</opErrno><opErrstr/></cliOutput>",
        Kind::Malformed);
}

// Every cut of a real answer before its closing </cliOutput> must fail, never pass or crash.
template<typename Parse> void verifyEveryTruncationFails(Parse parse, const QByteArray &sample)
{
    const qsizetype end = sample.indexOf("</cliOutput>") + qsizetype(sizeof("</cliOutput>") - 1);
    QVERIFY(end > 0);
    for (qsizetype length = 0; length < end; ++length) {
        const auto result = parse(sample.left(length));
        if (result.ok())
            QFAIL(qPrintable(QStringLiteral("a cut at %1 bytes was accepted").arg(length)));
        QVERIFY(!result.errorString().isEmpty());
    }
    QVERIFY(parse(sample.left(end)).ok());
}

} // namespace GlusterTestData
