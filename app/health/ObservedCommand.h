#pragma once

#include <QByteArray>
#include <QString>

// One read-only command a health probe ran on a server, exactly as it came back. The probe fills
// it from its SSH result; the evaluator never runs anything.
struct ObservedCommand
{
    QString command;        // the exact command line, shown with the raw outputs
    bool ran = false;       // false: not attempted (no connection, not applicable)
    int exitStatus = -1;    // the remote exit status; -1 when there is none
    bool timedOut = false;  // the probe gave up waiting
    QByteArray output;      // stdout
    QByteArray errorOutput; // stderr
    int durationMs = -1;    // how long the probe waited for it; -1 when unknown

    bool succeeded() const { return ran && !timedOut && exitStatus == 0; }

    static ObservedCommand finished(const QString &command, int exitStatus,
                                    const QByteArray &output,
                                    const QByteArray &errorOutput = QByteArray())
    {
        ObservedCommand observed;
        observed.command = command;
        observed.ran = true;
        observed.exitStatus = exitStatus;
        observed.output = output;
        observed.errorOutput = errorOutput;
        return observed;
    }
};
