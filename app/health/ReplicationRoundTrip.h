#pragma once

#include "health/HealthCommands.h"
#include "health/ReplicationObservation.h"

#include <QObject>
#include <QPointer>

#include <functional>

class SshSession;
struct RemoteCommandResult;

// The live proof of replication: a uniquely named file written through the writer's mount,
// read through the reader's mount, then removed through the writer's again, also when the read
// failed, so nothing is left behind. With the same server on both sides (the other one is out
// of reach) it only proves that the volume takes writes.
class ReplicationRoundTrip : public QObject
{
    Q_OBJECT
public:
    struct Side
    {
        QString name; // the spec's server name
        SshSession *session = nullptr;
        HealthCommands commands;
    };

    ReplicationRoundTrip(const Side &writer, int timeoutMs, ReplicationObservation *observation,
                         QObject *parent = nullptr);

    // Writes at once; the read waits for setReader() (the reader may still be connecting).
    void start();
    void setReader(const Side &reader);
    bool hasReader() const { return m_hasReader; }
    bool isFinished() const { return m_finished; }
    void abandon();

signals:
    void finished();

private:
    void written(const RemoteCommandResult &result, const QByteArray &errors);
    void readWhenReady();
    void read(const RemoteCommandResult &result, const QByteArray &output,
              const QByteArray &errors);
    void removeOnWriter();
    void
    runOn(SshSession *session, const QString &command,
          std::function<void(const RemoteCommandResult &, const QByteArray &, const QByteArray &)>
              then);
    void finish();

    QString m_writerName;
    QPointer<SshSession> m_writerSession;
    HealthCommands m_writerCommands;
    QString m_readerName;
    QPointer<SshSession> m_readerSession;
    HealthCommands m_readerCommands;
    bool m_hasReader = false;
    bool m_writeDone = false;
    bool m_readStarted = false;
    int m_timeoutMs;
    ReplicationObservation *m_observation;
    QString m_token;
    QString m_content;
    bool m_finished = false;
};
