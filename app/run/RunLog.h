#pragma once

#include "plan/StepState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

class PlanRunner;
struct RemoteCommandResult;
struct RunResult;

// The record of a run, kept while it happens: every command sent (as logged, redacted by the
// SSH layer), its output lines in order with their stream (redacted by PlanRunner), its result and
// its time. It can be saved as text for a bug report or for the administrator's records.
class RunLog : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        int step = -1;
        QString server;
        QString stepTitle;
        StepPhase phase = StepPhase::Check;
        QString command;
        QStringList lines; // "out: ..." / "err: ..."
        QString result;
        qint64 elapsedMs = -1;
        QDateTime startedAt;
    };

    explicit RunLog(PlanRunner *runner);

    const QList<Entry> &entries() const { return m_entries; }
    QString summary() const { return m_summary; }
    QString toText() const;
    bool save(const QString &path, QString *error) const;

private:
    Entry *current(int step);

    PlanRunner *m_runner;
    QList<Entry> m_entries;
    QString m_summary;
};
