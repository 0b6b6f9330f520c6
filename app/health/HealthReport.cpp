#include "health/HealthReport.h"

#include <QCoreApplication>

HealthReport::Overall HealthReport::overall() const
{
    bool degraded = false;
    for (const HealthCheck &check : checks) {
        if (check.state == HealthCheck::State::Fail && check.breaksService)
            return Overall::Broken;
        if (check.state == HealthCheck::State::Fail || check.state == HealthCheck::State::Unknown)
            degraded = true;
    }
    return degraded ? Overall::Degraded : Overall::Healthy;
}

QString HealthReport::overallName(Overall overall)
{
    switch (overall) {
    case Overall::Healthy:
        return QStringLiteral("healthy");
    case Overall::Degraded:
        return QStringLiteral("degraded");
    case Overall::Broken:
        return QStringLiteral("broken");
    }
    return QStringLiteral("broken");
}

QString HealthReport::overallTitle(Overall overall)
{
    switch (overall) {
    case Overall::Healthy:
        return QCoreApplication::translate("HealthReport", "HEALTHY");
    case Overall::Degraded:
        return QCoreApplication::translate("HealthReport", "DEGRADED");
    case Overall::Broken:
        return QCoreApplication::translate("HealthReport", "BROKEN");
    }
    return QString();
}

QString HealthReport::summary() const
{
    const int failures = count(HealthCheck::State::Fail);
    const int unknowns = count(HealthCheck::State::Unknown);
    const int warnings = count(HealthCheck::State::Warn);
    switch (overall()) {
    case Overall::Healthy:
        return warnings == 0
                   ? QCoreApplication::translate("HealthReport",
                                                 "Volume %1 is healthy: the copies are in "
                                                 "sync and the site is served.")
                         .arg(volumeName)
                   : QCoreApplication::translate("HealthReport",
                                                 "Volume %1 is healthy, with %n warning(s).",
                                                 nullptr, warnings)
                         .arg(volumeName);
    case Overall::Degraded:
        return QCoreApplication::translate("HealthReport",
                                           "Volume %1 is degraded: the site is still served, "
                                           "but %n problem(s) need attention.",
                                           nullptr, failures + unknowns)
            .arg(volumeName);
    case Overall::Broken:
        return QCoreApplication::translate("HealthReport",
                                           "Volume %1 is broken: the site or its storage does "
                                           "not work; %n problem(s) found.",
                                           nullptr, failures + unknowns)
            .arg(volumeName);
    }
    return QString();
}

int HealthReport::count(HealthCheck::State state) const
{
    int found = 0;
    for (const HealthCheck &check : checks) {
        if (check.state == state)
            ++found;
    }
    return found;
}

QList<HealthCheck> HealthReport::checksWithId(const QString &id) const
{
    QList<HealthCheck> found;
    for (const HealthCheck &check : checks) {
        if (check.id == id)
            found.append(check);
    }
    return found;
}
