#include "gluster/GlusterFailure.h"

#include <QCoreApplication>

namespace {
// Long free text (a wall of usage noise) is cut so messages stay one readable line.
constexpr int MaxDetailLength = 200;

QString firstMeaningfulLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.left(MaxDetailLength);
    }
    return QString();
}
} // namespace

GlusterFailure::GlusterFailure(Kind kind, QString message, QString detail, int opErrno)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_opErrno(opErrno)
{}

GlusterFailure GlusterFailure::fromPlainText(const QString &text)
{
    const QString detail = firstMeaningfulLine(text);
    if (detail.isEmpty()) {
        return GlusterFailure(
            Kind::NoOutput,
            QCoreApplication::translate("GlusterFailure", "The gluster command printed nothing."),
            QString());
    }
    // The texts below are the exact ones glusterfs 10.3 prints (see tests/data/gluster).
    if (text.contains(QLatin1String("Connection failed. Please check if gluster daemon is "
                                    "operational"))) {
        return GlusterFailure(
            Kind::DaemonUnreachable,
            QCoreApplication::translate("GlusterFailure",
                                        "The gluster command could not reach glusterd: the "
                                        "daemon is not running on this server."),
            detail);
    }
    if (text.contains(QLatin1String("Request timed out"))) {
        return GlusterFailure(
            Kind::RequestTimedOut,
            QCoreApplication::translate("GlusterFailure",
                                        "glusterd did not answer in time: a cluster operation "
                                        "is hanging, often because a peer became unreachable "
                                        "without being noticed yet."),
            detail);
    }
    if (text.contains(QLatin1String("Another transaction is in progress"))) {
        return GlusterFailure(
            Kind::TransactionInProgress,
            QCoreApplication::translate("GlusterFailure",
                                        "glusterd is busy with another cluster operation; try "
                                        "again in a moment."),
            detail);
    }
    if (text.contains(QLatin1String("failed:")) || text.contains(QLatin1String("failed :"))) {
        return GlusterFailure(
            Kind::CommandFailed,
            QCoreApplication::translate("GlusterFailure", "The gluster command failed: %1")
                .arg(detail),
            detail);
    }
    return GlusterFailure(Kind::Unrecognized,
                          QCoreApplication::translate("GlusterFailure",
                                                      "The gluster command printed text that "
                                                      "is not the expected XML: %1")
                              .arg(detail),
                          detail);
}

GlusterFailure GlusterFailure::commandFailed(int opRet, int opErrno, const QString &opErrstr)
{
    const QString detail = firstMeaningfulLine(opErrstr);
    // A lock conflict or timeout can also arrive inside well-formed XML as opErrstr.
    if (!detail.isEmpty()) {
        const GlusterFailure plain = fromPlainText(detail);
        if (plain.kind() == Kind::DaemonUnreachable || plain.kind() == Kind::RequestTimedOut ||
            plain.kind() == Kind::TransactionInProgress) {
            return GlusterFailure(plain.m_kind, plain.m_message, plain.m_detail, opErrno);
        }
    }
    const QString message =
        detail.isEmpty()
            ? QCoreApplication::translate("GlusterFailure",
                                          "The gluster command failed (opRet %1, opErrno %2).")
                  .arg(opRet)
                  .arg(opErrno)
            : QCoreApplication::translate("GlusterFailure", "The gluster command failed: %1")
                  .arg(detail);
    return GlusterFailure(Kind::CommandFailed, message, detail, opErrno);
}

GlusterFailure GlusterFailure::malformed(const QString &why)
{
    return GlusterFailure(Kind::Malformed,
                          QCoreApplication::translate("GlusterFailure",
                                                      "The gluster command's XML output could "
                                                      "not be read: %1")
                              .arg(why),
                          why.left(MaxDetailLength));
}

GlusterFailure GlusterFailure::timedOut(const QString &command)
{
    return GlusterFailure(Kind::RequestTimedOut,
                          QCoreApplication::translate("GlusterFailure",
                                                      "The gluster command did not finish in "
                                                      "time: a cluster operation is probably "
                                                      "hanging on an unreachable peer."),
                          command.left(MaxDetailLength));
}

bool GlusterFailure::isRetryable() const
{
    return m_kind == Kind::RequestTimedOut || m_kind == Kind::TransactionInProgress;
}

QString GlusterFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NoOutput:
        return QStringLiteral("no-output");
    case Kind::DaemonUnreachable:
        return QStringLiteral("daemon-unreachable");
    case Kind::RequestTimedOut:
        return QStringLiteral("request-timed-out");
    case Kind::TransactionInProgress:
        return QStringLiteral("transaction-in-progress");
    case Kind::CommandFailed:
        return QStringLiteral("command-failed");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Unrecognized:
        return QStringLiteral("unrecognized");
    }
    return QStringLiteral("unrecognized");
}
