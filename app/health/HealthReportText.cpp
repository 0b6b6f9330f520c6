// HealthReport as lines for a terminal (`gluster-ha-wizard health SPEC`).
#include "health/HealthReport.h"

#include "RemoteText.h"

#include <QCoreApplication>

namespace {
QString stateTag(HealthCheck::State state)
{
    // Same width for every state so titles line up.
    switch (state) {
    case HealthCheck::State::Ok:
        return QCoreApplication::translate("HealthReport", "[ ok ]");
    case HealthCheck::State::Warn:
        return QCoreApplication::translate("HealthReport", "[warn]");
    case HealthCheck::State::Fail:
        return QCoreApplication::translate("HealthReport", "[FAIL]");
    case HealthCheck::State::Unknown:
        return QCoreApplication::translate("HealthReport", "[ ?? ]");
    }
    return QString();
}
} // namespace

QStringList HealthReport::toTextLines() const
{
    QStringList lines;
    lines.append(QCoreApplication::translate("HealthReport", "%1: %2")
                     .arg(overallTitle(overall()), summary()));
    // Every line starts with the server it is about (the command line's convention), padded so
    // that the state tags line up.
    const QString pair = QCoreApplication::translate("HealthReport", "pair");
    qsizetype width = pair.size();
    for (const HealthCheck &check : checks)
        width = qMax(width, check.server.size());
    const QString indent(int(width) + 2 + 7, QLatin1Char(' '));
    for (const HealthCheck &check : checks) {
        const QString where = check.server.isEmpty() ? pair : check.server;
        QString line = (where + QLatin1Char(':')).leftJustified(int(width) + 1) + QLatin1Char(' ') +
                       stateTag(check.state) + QLatin1Char(' ') + check.title;
        if (!check.subject.isEmpty())
            line += QLatin1String(" (") + check.subject + QLatin1Char(')');
        lines.append(line);
        // A reason on ok lines would repeat the title; keep the terminal short there.
        if (check.state != HealthCheck::State::Ok && !check.reason.isEmpty())
            lines.append(indent + check.reason);
        for (const QString &command : check.fixCommands) {
            lines.append(indent +
                         QCoreApplication::translate("HealthReport", "fix: %1").arg(command));
        }
    }
    // Subjects (split-brain file names), reasons and commands quote the servers: a file name
    // with escape sequences must not drive the terminal.
    return RemoteText::printable(lines);
}
