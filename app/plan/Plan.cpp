#include "plan/Plan.h"

#include <QSet>

int Plan::indexOf(const QString &id) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == id)
            return i;
    }
    return -1;
}

const Step *Plan::find(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_steps.at(index);
}

QString Plan::consistencyError() const
{
    QSet<QString> seen;
    for (const Step &step : m_steps) {
        if (step.id.isEmpty())
            return QStringLiteral("a step has no id");
        if (seen.contains(step.id))
            return QStringLiteral("duplicate step id %1").arg(step.id);
        for (const QString &dependency : step.dependsOn) {
            if (!seen.contains(dependency)) {
                return QStringLiteral("step %1 depends on %2, which does not come before it")
                    .arg(step.id, dependency);
            }
        }
        seen.insert(step.id);
    }
    return QString();
}
