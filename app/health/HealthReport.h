#pragma once

#include "health/HealthCheck.h"
#include "health/HealthRawOutput.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The answer to "is my pair all right?": an overall verdict computed from the checks, the checks
// themselves and the raw outputs they were drawn from. Written as JSON (HEALTH-JSON.md), as
// terminal lines and as a self-contained HTML page.
class HealthReport
{
public:
    enum class Overall { Healthy, Degraded, Broken };

    static constexpr int JsonFormatVersion = 1;

    QString volumeName;
    QDateTime observedAt;
    QList<HealthCheck> checks;
    QList<HealthRawOutput> rawOutputs;

    // Broken: a failing check that breaks the service; Degraded: any other failure, or something
    // that could not be checked; Healthy: everything ok (warnings allowed).
    Overall overall() const;
    static QString overallName(Overall overall);  // "healthy", "degraded", "broken"
    static QString overallTitle(Overall overall); // translated, "HEALTHY", ...
    // Translated one-line summary: the verdict and how many problems.
    QString summary() const;
    int count(HealthCheck::State state) const;
    QList<HealthCheck> checksWithId(const QString &id) const;

    QByteArray toJson() const;
    // Reads what toJson() wrote; returns false (and sets *error) on anything else.
    static bool fromJson(const QByteArray &json, HealthReport *report, QString *error);
    QStringList toTextLines() const;
    QString toHtml() const;
};

Q_DECLARE_METATYPE(HealthReport)
