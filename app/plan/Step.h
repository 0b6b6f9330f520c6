#pragma once

#include <QString>
#include <QStringList>

// One step of the plan, run as root on one server by `bash` (see StepCommand::remoteLine).
// check: exit 0 means "already done" and the step is skipped; otherwise apply runs, then verify
// must exit 0. The three texts are exact bash, shown to the administrator as they will run.
struct Step
{
    QString id;          // stable: "<kind>:<server name>", e.g. "mkfs:server01"
    int serverIndex = 0; // index into SetupSpec::servers
    QString serverName;
    QString title; // translated, short
    QString why;   // translated, one or two sentences
    QString check;
    QString apply;
    QString verify;
    // Erases data (formatting a disk): the runner and the script ask first unless --yes.
    bool destructive = false;
    // A verification step changes nothing: it proves that the setup works. Non-empty, it says
    // what was verified (translated), e.g. "read back on server02": the run reports the step as
    // "verified: ..." rather than "already done" or "done".
    QString verifies;
    // Ids of steps that must be done first. Steps of different servers whose dependencies are
    // done may run in parallel.
    QStringList dependsOn;
};
