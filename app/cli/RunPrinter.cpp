#include "RunPrinter.h"

#include "run/PlanRunner.h"

#include "RemoteText.h"

RunPrinter::RunPrinter(PlanRunner *runner, QTextStream &out)
    : QObject(runner)
    , m_runner(runner)
    , m_out(out)
{
    connect(runner, &PlanRunner::stepStarted, this, [this](int step) {
        m_out << prefix(step) << m_runner->plan().steps().at(step).title << Qt::endl;
    });
    connect(runner, &PlanRunner::outputLines, this,
            [this](int step, StepPhase phase, const QStringList &lines, bool isStderr) {
                // The check's own output only says whether the step is done: keep it out of
                // the way unless it complains.
                if (phase == StepPhase::Check && !isStderr)
                    return;
                const QString server = m_runner->plan().steps().at(step).serverName;
                // Remote text: no escape sequence of a server reaches the terminal.
                for (const QString &line : lines)
                    m_out << server << (isStderr ? ": ! " : ":   ") << RemoteText::printable(line)
                          << '\n';
                m_out.flush();
            });
    connect(runner, &PlanRunner::stepFinished, this, [this](int step, StepState state) {
        if (state == StepState::NotRun)
            return;
        m_out << prefix(step)
              << StepStates::outcomeText(state, m_runner->plan().steps().at(step).verifies)
              << Qt::endl;
    });
}

QString RunPrinter::prefix(int step) const
{
    return QStringLiteral("%1: [%2/%3] ")
        .arg(m_runner->plan().steps().at(step).serverName)
        .arg(step + 1)
        .arg(m_runner->plan().size());
}
