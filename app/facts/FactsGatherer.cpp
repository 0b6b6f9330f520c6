#include "facts/FactsGatherer.h"

#include "async/FanOut.h"

#include "RemoteCommand.h"
#include "RemoteCommandOptions.h"
#include "RemoteCommandResult.h"
#include "SshSession.h"
#include "facts/FactsOutputParser.h"
#include "facts/FactsScript.h"
#include "shell/StepCommand.h"

FactsGatherer::FactsGatherer(const SetupSpec &spec, const QList<SshSession *> &sessions,
                             QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_sessions(sessions)
    , m_servers(new FanOut(this))
{
    connect(m_servers, &FanOut::finished, this, &FactsGatherer::finished);
}

bool FactsGatherer::allGathered() const
{
    for (const QString &error : m_errors) {
        if (!error.isEmpty())
            return false;
    }
    return m_servers->isFinished();
}

void FactsGatherer::start()
{
    const int count = static_cast<int>(m_spec.servers.size());
    m_facts = QList<HostFacts>(count);
    m_errors = QStringList(count);
    m_output = QList<QStringList>(count);
    m_servers->start(count);
    for (int i = 0; i < count; ++i) {
        RemoteCommandOptions options;
        options.asRoot = true; // blkid -p reads the device
        options.timeoutMs = m_timeoutMs;
        RemoteCommand *command =
            m_sessions.at(i)->run(StepCommand::remoteLine(FactsScript::build(m_spec, i)), options);
        connect(command, &RemoteCommand::stdoutLines, this,
                [this, i](const QStringList &lines) { m_output[i] += lines; });
        connect(command, &RemoteCommand::finished, this,
                [this, i, command](const RemoteCommandResult &result) {
                    onFinished(i, result);
                    command->deleteLater();
                });
    }
}

void FactsGatherer::onFinished(int index, const RemoteCommandResult &result)
{
    const QString server = m_spec.servers.at(index).name;
    if (!result.success()) {
        m_errors[index] =
            tr("%1: the facts could not be gathered: %2").arg(server, result.describe());
    } else {
        m_facts[index] = FactsOutputParser::parse(m_output.at(index).join(QLatin1Char('\n')));
        emit serverGathered(index);
    }
    m_servers->settle(index);
}
