// HealthReport as lines for a terminal (`gluster-ha-wizard health SPEC`).
#include "health/HealthReport.h"

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
    const QString indent(7, QLatin1Char(' '));
    for (const HealthCheck &check : checks) {
        QString where = check.server.isEmpty() ? QCoreApplication::translate("HealthReport", "pair")
                                               : check.server;
        QString line =
            stateTag(check.state) + QLatin1Char(' ') + where + QLatin1String(": ") + check.title;
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
    return lines;
}
