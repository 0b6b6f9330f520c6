#pragma once

#include <QString>

// One command's output as the probe saw it, kept with the report so an admin can look closer.
struct HealthRawOutput
{
    QString server;
    QString command;
    int exitStatus = -1;
    bool timedOut = false;
    int durationMs = -1; // how long the probe waited for it; -1 when unknown
    QString output;      // stdout, then stderr; credentials-looking options are masked
};
