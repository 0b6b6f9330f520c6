#pragma once

#include <QObject>
#include <QTextStream>

class PlanRunner;

// Prints a run for a terminal or a log file: one line per event, each prefixed by the server's
// name ("server01: [5/27] Format /dev/vdb as XFS", "server01:   <output line>",
// "server01: [5/27] done"). Lines arrive in batches from the runner and are written as they come.
class RunPrinter : public QObject
{
    Q_OBJECT
public:
    RunPrinter(PlanRunner *runner, QTextStream &out);

private:
    QString prefix(int step) const;

    PlanRunner *m_runner;
    QTextStream &m_out;
};
