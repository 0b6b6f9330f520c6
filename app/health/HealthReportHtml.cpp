// HealthReport as a self-contained HTML page (export from the dashboard): no scripts, no
// external resources, every value escaped.
#include "health/HealthReport.h"

#include <QCoreApplication>

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stateLabel(HealthCheck::State state)
{
    switch (state) {
    case HealthCheck::State::Ok:
        return QCoreApplication::translate("HealthReport", "ok");
    case HealthCheck::State::Warn:
        return QCoreApplication::translate("HealthReport", "warning");
    case HealthCheck::State::Fail:
        return QCoreApplication::translate("HealthReport", "failed");
    case HealthCheck::State::Unknown:
        return QCoreApplication::translate("HealthReport", "unknown");
    }
    return QString();
}

const char *const Style = "body{font-family:sans-serif;margin:2em;color:#222}"
                          "table{border-collapse:collapse;width:100%}"
                          "td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;"
                          "text-align:left}"
                          "code,pre{font-family:monospace;white-space:pre-wrap}"
                          ".ok{background:#e6f4ea}.warn{background:#fff4d6}"
                          ".fail{background:#fde2e1}.unknown{background:#eee}"
                          ".healthy{color:#137333}.degraded{color:#b06000}.broken{color:#c5221f}";

QString checkRow(const HealthCheck &check)
{
    QString fixes;
    for (const QString &command : check.fixCommands)
        fixes += QLatin1String("<div><code>") + escaped(command) + QLatin1String("</code></div>");
    const QString where =
        check.server.isEmpty() ? QCoreApplication::translate("HealthReport", "pair") : check.server;
    return QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                          "<td>%6</td><td>%7</td></tr>\n")
        .arg(HealthCheck::stateName(check.state), escaped(stateLabel(check.state)), escaped(where),
             escaped(check.title), escaped(check.subject), escaped(check.reason), fixes);
}

QString rawSection(const HealthRawOutput &raw)
{
    const QString status =
        raw.timedOut ? QCoreApplication::translate("HealthReport", "timed out")
                     : QCoreApplication::translate("HealthReport", "exit %1").arg(raw.exitStatus);
    return QStringLiteral("<details><summary>%1: <code>%2</code> (%3)</summary><pre>%4</pre>"
                          "</details>\n")
        .arg(escaped(raw.server), escaped(raw.command), escaped(status), escaped(raw.output));
}
} // namespace

QString HealthReport::toHtml() const
{
    const Overall verdict = overall();
    const QString title =
        QCoreApplication::translate("HealthReport", "Health of %1").arg(volumeName);
    QString html;
    html += QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") +
            escaped(title) + QLatin1String("</title>\n<style>") + QLatin1String(Style) +
            QLatin1String("</style></head>\n<body>\n");
    html += QLatin1String("<h1>") + escaped(title) + QLatin1String("</h1>\n");
    html += QStringLiteral("<p class=\"%1\"><strong>%2</strong> %3</p>\n")
                .arg(overallName(verdict), escaped(overallTitle(verdict)), escaped(summary()));
    if (observedAt.isValid()) {
        html += QLatin1String("<p>") +
                escaped(QCoreApplication::translate("HealthReport", "Observed at %1")
                            .arg(observedAt.toUTC().toString(Qt::ISODate))) +
                QLatin1String("</p>\n");
    }
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th></tr>\n")
                .arg(escaped(QCoreApplication::translate("HealthReport", "State")),
                     escaped(QCoreApplication::translate("HealthReport", "Server")),
                     escaped(QCoreApplication::translate("HealthReport", "Check")),
                     escaped(QCoreApplication::translate("HealthReport", "Subject")),
                     escaped(QCoreApplication::translate("HealthReport", "Reason")),
                     escaped(QCoreApplication::translate("HealthReport", "Fix")));
    for (const HealthCheck &check : checks)
        html += checkRow(check);
    html += QLatin1String("</table>\n");
    if (!rawOutputs.isEmpty()) {
        html += QLatin1String("<h2>") +
                escaped(QCoreApplication::translate("HealthReport", "Raw outputs")) +
                QLatin1String("</h2>\n");
        for (const HealthRawOutput &raw : rawOutputs)
            html += rawSection(raw);
    }
    html += QLatin1String("</body></html>\n");
    return html;
}
