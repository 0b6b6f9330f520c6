#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// How a whole run ended; PlanRunner::finished() always delivers one, last.
struct RunResult
{
    enum class Outcome { Succeeded, Failed, Cancelled, Refused };

    Outcome outcome = Outcome::Succeeded;
    int failedStep = -1; // index into the plan, for Failed
    QString serverName;  // the server of the failed step
    QString stepTitle;
    int exitStatus = -1;      // of the failed command, -1 when it never reported one
    QStringList remoteStderr; // the failed command's last stderr lines (redacted)
    QString message;          // one sentence for people, naming the step and the server
    int applied = 0;          // steps applied and verified in this run
    int alreadyDone = 0;      // steps skipped because their check said done
    int verified = 0; // verification steps that passed (Step::verifies; never counted above)
    qint64 elapsedMs = 0;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

Q_DECLARE_METATYPE(RunResult)
