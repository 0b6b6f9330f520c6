#include "health/ReplicationRoundTrip.h"

#include "RemoteCommand.h"
#include "RemoteCommandResult.h"
#include "SshSession.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {
QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0);
}

QString why(const RemoteCommandResult &result, const QByteArray &errors)
{
    const QString said = firstLine(errors);
    return said.isEmpty() ? result.describe() : said;
}
} // namespace

ReplicationRoundTrip::ReplicationRoundTrip(const Side &writer, int timeoutMs,
                                           ReplicationObservation *observation, QObject *parent)
    : QObject(parent)
    , m_writerName(writer.name)
    , m_writerSession(writer.session)
    , m_writerCommands(writer.commands)
    , m_readerCommands(writer.commands)
    , m_timeoutMs(timeoutMs)
    , m_observation(observation)
    , m_token(QUuid::createUuid().toString(QUuid::Id128))
{
    m_content = QStringLiteral("gluster-ha-wizard health round trip %1 %2")
                    .arg(m_token, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void ReplicationRoundTrip::start()
{
    *m_observation = ReplicationObservation();
    m_observation->ran = true;
    m_observation->writer = m_writerName;
    m_observation->reader = m_readerName;
    runOn(m_writerSession, m_writerCommands.roundTripWrite(m_token, m_content),
          [this](const RemoteCommandResult &result, const QByteArray &, const QByteArray &errors) {
              written(result, errors);
          });
}

void ReplicationRoundTrip::setReader(const Side &reader)
{
    if (m_hasReader)
        return;
    m_hasReader = true;
    m_readerName = reader.name;
    m_readerSession = reader.session;
    m_readerCommands = reader.commands;
    m_observation->reader = reader.name;
    readWhenReady();
}

void ReplicationRoundTrip::runOn(
    SshSession *session, const QString &command,
    std::function<void(const RemoteCommandResult &, const QByteArray &, const QByteArray &)> then)
{
    if (!session) {
        RemoteCommandResult gone;
        gone.error = {SshError::Kind::NotConnected, tr("The SSH session is gone.")};
        QTimer::singleShot(0, this, [then, gone] { then(gone, {}, {}); });
        return;
    }
    RemoteCommandOptions options;
    options.timeoutMs = m_timeoutMs;
    options.asRoot = true;
    RemoteCommand *remote = session->run(command, options);
    auto output = std::make_shared<QByteArray>();
    auto errors = std::make_shared<QByteArray>();
    connect(remote, &RemoteCommand::stdoutLines, this, [output](const QStringList &lines) {
        for (const QString &line : lines)
            *output += line.toUtf8() + '\n';
    });
    connect(remote, &RemoteCommand::stderrLines, this, [errors](const QStringList &lines) {
        for (const QString &line : lines)
            *errors += line.toUtf8() + '\n';
    });
    connect(remote, &RemoteCommand::finished, this,
            [this, remote, output, errors, then](const RemoteCommandResult &result) {
                remote->deleteLater();
                if (!m_finished)
                    then(result, *output, *errors);
            });
}

void ReplicationRoundTrip::written(const RemoteCommandResult &result, const QByteArray &errors)
{
    if (!result.success()) {
        m_observation->detail = why(result, errors);
        if (result.exitStatus == HealthCommands::NotMountedStatus) {
            // Nothing was written: the mount check reports the missing mount; a replication
            // failure on top would wrongly blame the volume.
            m_observation->ran = false;
            finish();
            return;
        }
        // A write that timed out may still land once the mount recovers: ask for its removal,
        // but do not wait for a stalled mount a second time.
        const bool stalled = result.timedOut || result.exitStatus == HealthCommands::TimedOutStatus;
        removeOnWriter();
        if (stalled)
            finish();
        return;
    }
    m_observation->written = true;
    m_writeDone = true;
    readWhenReady();
}

void ReplicationRoundTrip::readWhenReady()
{
    if (!m_writeDone || !m_hasReader || m_readStarted || m_finished)
        return;
    m_readStarted = true;
    runOn(m_readerSession, m_readerCommands.roundTripRead(m_token),
          [this](const RemoteCommandResult &readResult, const QByteArray &output,
                 const QByteArray &readErrors) { read(readResult, output, readErrors); });
}

void ReplicationRoundTrip::read(const RemoteCommandResult &result, const QByteArray &output,
                                const QByteArray &errors)
{
    const QString seen = QString::fromUtf8(output).trimmed();
    if (result.success() && seen == m_content) {
        m_observation->readBack = true;
    } else if (result.success()) {
        m_observation->detail =
            tr("%1 read different content than %2 wrote.").arg(m_readerName, m_writerName);
    } else {
        m_observation->detail = why(result, errors);
    }
    removeOnWriter();
}

void ReplicationRoundTrip::removeOnWriter()
{
    runOn(
        m_writerSession, m_writerCommands.roundTripRemove(m_token),
        [this](const RemoteCommandResult &, const QByteArray &, const QByteArray &) { finish(); });
}

void ReplicationRoundTrip::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void ReplicationRoundTrip::abandon()
{
    if (m_finished)
        return;
    if (m_observation->detail.isEmpty())
        m_observation->detail = tr("The round trip did not finish in time.");
    finish();
}
