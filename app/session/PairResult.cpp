#include "session/PairResult.h"

#include "async/FanOut.h"

#include "gluster/VolumeInfoParser.h"
#include "plan/VolumeMountSteps.h"
#include "run/PlanRunner.h"
#include "run/RunLog.h"
#include "shell/RemoteReads.h"
#include "shell/ShellQuote.h"
#include "shell/StepCommand.h"

#include "RemoteCommand.h"
#include "RemoteText.h"
#include "SshSession.h"

PairResult::PairResult(const SetupSpec &spec, SshSession *session, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_session(session)
    , m_readings(new FanOut(this))
{
    connect(m_readings, &FanOut::finished, this, &PairResult::finished);
}

bool PairResult::isFinished() const
{
    return m_readings->isFinished();
}

QList<PairResult::TestOutcome> PairResult::testOutcomes(const PlanRunner &runner)
{
    QList<TestOutcome> out;
    const QList<Step> &steps = runner.plan().steps();
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        if (!step.id.startsWith(QLatin1String("test-")))
            continue;
        out.append({step.id, step.serverName, step.title, runner.state(i)});
    }
    return out;
}

bool PairResult::allPassed(const QList<TestOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return false;
    for (const TestOutcome &outcome : outcomes) {
        if (!outcome.passed())
            return false;
    }
    return true;
}

QStringList PairResult::contentReport(const RunLog &log)
{
    const QString out = QStringLiteral("out: ");
    const QString tag = VolumeMountSteps::reportTag();
    QStringList report;
    for (const RunLog::Entry &entry : log.entries()) {
        if (entry.phase != StepPhase::Apply)
            continue;
        for (const QString &line : entry.lines) {
            if (line.startsWith(out + tag))
                report << RemoteText::printable(line.mid(out.size() + tag.size()).trimmed());
        }
    }
    return report;
}

void PairResult::start()
{
    if (!m_session || !m_session->isConnected()) {
        m_error = tr("%1 is not connected.").arg(m_spec.servers.value(0).name);
        m_readings->start(ReadingCount);
        m_readings->cancel();
        return;
    }
    RemoteCommandOptions options;
    options.asRoot = true;
    options.timeoutMs = 60000;
    const QString volume = ShellQuote::quote(m_spec.volume.name);
    m_readings->start(ReadingCount);

    RemoteCommand *xml =
        m_session->run(StepCommand::remoteLine(RemoteReads::volumeInfo(volume)), options);
    connect(xml, &RemoteCommand::stdoutLines, this,
            [this](const QStringList &lines) { m_xml += lines; });
    connect(xml, &RemoteCommand::finished, this, [this, xml](const RemoteCommandResult &result) {
        xml->deleteLater();
        const auto parsed = VolumeInfoParser::parse(m_xml.join(QLatin1Char('\n')).toUtf8());
        if (!result.success() && parsed.value.isEmpty())
            m_error = tr("gluster volume info failed: %1").arg(result.describe());
        else if (!parsed.ok() || parsed.value.isEmpty())
            m_error = tr("gluster volume info could not be read: %1").arg(parsed.errorString());
        else {
            m_volume = parsed.value.first();
            m_hasVolume = true;
        }
        m_readings->settle(XmlReading);
    });

    RemoteCommand *plain =
        m_session->run(StepCommand::remoteLine(RemoteReads::volumeInfoText(volume)), options);
    // Shown on the result page as it is: redacted.
    connect(plain, &RemoteCommand::stdoutLines, this, [this, plain](const QStringList &lines) {
        for (const QString &line : plain->redactLines(lines))
            m_rawInfo += line + QLatin1Char('\n');
    });
    connect(plain, &RemoteCommand::stderrLines, this, [this, plain](const QStringList &lines) {
        for (const QString &line : plain->redactLines(lines))
            m_rawInfo += line + QLatin1Char('\n');
    });
    connect(plain, &RemoteCommand::finished, this, [this, plain](const RemoteCommandResult &) {
        plain->deleteLater();
        m_readings->settle(TextReading);
    });
}
