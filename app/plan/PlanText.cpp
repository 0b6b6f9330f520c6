#include "plan/PlanText.h"

#include "shell/StepCommand.h"

#include <QJsonArray>
#include <QStringList>

namespace {
QString indented(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            out += QLatin1String("    ") + line;
        out += QLatin1Char('\n');
    }
    while (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out;
}

QStringList serverNames(const SetupSpec &spec)
{
    QStringList names;
    for (const ServerSpec &server : spec.servers)
        names << server.name;
    return names;
}
} // namespace

QString PlanText::toText(const SetupSpec &spec, const Plan &plan)
{
    QString out;
    out += tr("Plan for volume %1 on %2: %n step(s).", nullptr, plan.size())
               .arg(spec.volume.name, serverNames(spec).join(QStringLiteral(", "))) +
           QLatin1Char('\n');
    out += tr("Each command runs as root on its server through `env LC_ALL=C bash -c`, after "
              "\"%1\" (plan --json shows the exact remote lines).")
               .arg(StepCommand::prologue().trimmed()) +
           QLatin1Char('\n');
    out += tr("A check that exits 0 means the step is already done; otherwise apply runs, then "
              "verify must succeed.") +
           QLatin1Char('\n');
    for (int i = 0; i < plan.size(); ++i) {
        const Step &step = plan.steps().at(i);
        out += QLatin1Char('\n');
        out += QStringLiteral("[%1/%2] %3: %4")
                   .arg(i + 1)
                   .arg(plan.size())
                   .arg(step.serverName, step.title);
        if (step.destructive)
            out += QLatin1Char(' ') + tr("(destroys data: asks first unless --yes)");
        out += QLatin1Char('\n');
        out += QLatin1String("  id: ") + step.id + QLatin1Char('\n');
        out += QLatin1String("  ") + tr("why: %1").arg(step.why) + QLatin1Char('\n');
        if (!step.dependsOn.isEmpty()) {
            out += QLatin1String("  ") +
                   tr("after: %1").arg(step.dependsOn.join(QLatin1String(", "))) +
                   QLatin1Char('\n');
        }
        out += QLatin1String("  check:\n") + indented(step.check);
        out += QLatin1String("  apply:\n") + indented(step.apply);
        out += QLatin1String("  verify:\n") + indented(step.verify);
    }
    return out;
}

QJsonObject PlanText::toJson(const SetupSpec &spec, const Plan &plan)
{
    QJsonArray steps;
    for (const Step &step : plan.steps()) {
        steps.append(QJsonObject{
            {QStringLiteral("id"), step.id},
            {QStringLiteral("server"), step.serverName},
            {QStringLiteral("serverIndex"), step.serverIndex},
            {QStringLiteral("title"), step.title},
            {QStringLiteral("why"), step.why},
            {QStringLiteral("destructive"), step.destructive},
            {QStringLiteral("dependsOn"), QJsonArray::fromStringList(step.dependsOn)},
            {QStringLiteral("check"), step.check},
            {QStringLiteral("apply"), step.apply},
            {QStringLiteral("verify"), step.verify},
            {QStringLiteral("remote"),
             QJsonObject{{QStringLiteral("check"), StepCommand::remoteLine(step.check)},
                         {QStringLiteral("apply"), StepCommand::remoteLine(step.apply)},
                         {QStringLiteral("verify"), StepCommand::remoteLine(step.verify)}}}});
    }
    return QJsonObject{{QStringLiteral("volume"), spec.volume.name},
                       {QStringLiteral("servers"), QJsonArray::fromStringList(serverNames(spec))},
                       {QStringLiteral("steps"), steps}};
}
