#include "run/RunLog.h"

#include "run/PlanRunner.h"

#include "RemoteCommandResult.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

RunLog::RunLog(PlanRunner *runner)
    : QObject(runner)
    , m_runner(runner)
{
    connect(runner, &PlanRunner::phaseStarted, this,
            [this](int step, StepPhase phase, const QString &command) {
                const Step &s = m_runner->plan().steps().at(step);
                Entry entry;
                entry.step = step;
                entry.server = s.serverName;
                entry.stepTitle = s.title;
                entry.phase = phase;
                entry.command = command;
                entry.startedAt = QDateTime::currentDateTimeUtc();
                m_entries.append(entry);
            });
    connect(runner, &PlanRunner::outputLines, this,
            [this](int step, StepPhase, const QStringList &lines, bool isStderr) {
                if (Entry *entry = current(step)) {
                    const QString prefix =
                        isStderr ? QStringLiteral("err: ") : QStringLiteral("out: ");
                    for (const QString &line : lines)
                        entry->lines.append(prefix + line);
                }
            });
    connect(runner, &PlanRunner::phaseFinished, this,
            [this](int step, StepPhase, const RemoteCommandResult &result, qint64 elapsedMs) {
                if (Entry *entry = current(step)) {
                    entry->result = result.describe();
                    entry->elapsedMs = elapsedMs;
                }
            });
    connect(runner, &PlanRunner::finished, this,
            [this](const RunResult &result) { m_summary = result.message; });
}

RunLog::Entry *RunLog::current(int step)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->step == step)
            return &*it;
    }
    return nullptr;
}

QString RunLog::toText() const
{
    QString text;
    QTextStream out(&text);
    for (const Entry &entry : m_entries) {
        out << "### " << entry.startedAt.toString(Qt::ISODateWithMs) << ' ' << entry.server << " | "
            << entry.stepTitle << " | " << StepStates::phaseName(entry.phase) << '\n';
        out << "$ " << entry.command << '\n';
        for (const QString &line : entry.lines)
            out << line << '\n';
        out << "=> " << entry.result << " in " << entry.elapsedMs << " ms\n\n";
    }
    if (!m_summary.isEmpty())
        out << "### " << m_summary << '\n';
    return text;
}

bool RunLog::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(toText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
