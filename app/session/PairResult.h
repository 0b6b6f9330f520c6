#pragma once

#include "gluster/GlusterVolume.h"
#include "plan/StepState.h"
#include "spec/SetupSpec.h"

#include <QList>
#include <QObject>
#include <QString>

class FanOut;
class PlanRunner;
class RunLog;
class SshSession;

// What the result page shows after a run: the volume as `gluster volume info` reports it
// (parsed from --xml, and the plain text as the administrator knows it), and the outcome of
// the replication test steps of the run (written on the first server, read on the others,
// served over HTTP by each). start() asks the first server; finished() comes once.
class PairResult : public QObject
{
    Q_OBJECT
public:
    struct TestOutcome
    {
        QString stepId;
        QString serverName;
        QString title;
        StepState state = StepState::NotRun;
        bool passed() const { return StepStates::isSatisfied(state); }
    };

    PairResult(const SetupSpec &spec, SshSession *session, QObject *parent = nullptr);

    // The replication test steps of a finished run, in plan order.
    static QList<TestOutcome> testOutcomes(const PlanRunner &runner);
    static bool allPassed(const QList<TestOutcome> &outcomes);
    // What the run did with the site's previous content, as the mount and copy steps printed
    // it (VolumeMountSteps::reportTag() lines, the tag left out): what was copied into the
    // volume from which server, what stays in the original-content directory where. Empty when
    // those steps were already done. Printable: control characters of the server are removed.
    static QStringList contentReport(const RunLog &log);

    void start();
    bool isFinished() const;

    bool hasVolume() const { return m_hasVolume; }
    const GlusterVolume &volume() const { return m_volume; }
    QString rawInfo() const { return m_rawInfo; }
    QString error() const { return m_error; } // translated; empty when the volume was read

signals:
    void finished();

private:
    // The two readings: the XML (parsed) and the plain text (shown).
    enum Reading { XmlReading, TextReading, ReadingCount };

    SetupSpec m_spec;
    SshSession *m_session;
    GlusterVolume m_volume;
    bool m_hasVolume = false;
    QString m_rawInfo;
    QString m_error;
    QStringList m_xml;
    FanOut *m_readings;
};
