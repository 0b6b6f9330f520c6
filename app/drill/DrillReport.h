#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How a failover drill ended, for people: what was taken out, how long the survivor's site
// stalled, how long the heal took, the verdict with its reason, and what could not be restored
// (with the command that restores it).
struct DrillReport
{
    Q_DECLARE_TR_FUNCTIONS(DrillReport)

public:
    enum class Outcome { Passed, Failed, Refused, Cancelled, Restored };

    Outcome outcome = Outcome::Failed;
    QString reason;      // why it failed, was refused or cancelled; empty when it passed
    QStringList details; // refused: the health report's problems; failed: supporting lines
    QString target;      // the server taken out
    QString survivor;    // the server that kept serving
    QString siteUrl;     // what was polled
    bool tookDown = false;
    bool restored = false;
    qint64 downMs = -1;         // how long the server was out of the pair
    qint64 longestStallMs = -1; // -1: the site was never polled
    int siteAnswers = 0;
    int siteFailures = 0;
    qint64 healMs = -1; // the brick back -> nothing left to heal
    bool fileOnBothBricks = false;
    int splitBrainEntries = -1; // -1: not read
    QStringList notRestored;    // what could not be put back, each with how to do it
    QString restoreCommand;     // the command that restores the target from this workstation

    bool passed() const { return outcome == Outcome::Passed; }
    // "PASSED", "FAILED", "REFUSED", "CANCELLED", "RESTORED" (translated).
    QString verdictTitle() const;
    // The report's lines: the verdict first, then the figures and what is left to do.
    QStringList toTextLines() const;
    // Exit status of `drill`: 0 passed (or restored), 1 failed or cancelled, 2 refused.
    int exitStatus() const;

    static QString seconds(qint64 ms);
};
Q_DECLARE_METATYPE(DrillReport)
