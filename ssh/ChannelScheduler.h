#pragma once

#include "ChannelDelivery.h"
#include "ChannelDriver.h"
#include "SshError.h"

#include <QList>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class RemoteCommand;

// Runs the commands of one session on concurrent channels: at most maxChannels at once (the
// rest wait in order), one channel open in flight at a time (libssh2 has a single open slot),
// and a half-sent packet finished before anything else moves. Also runs the keepalive probe.
// Internal to SshSession, which owns the socket and calls pump() when it may have moved.
class ChannelScheduler
{
public:
    // How a command goes on the wire; an error finishes it without a channel (e.g. no sudo).
    struct Prepared
    {
        QByteArray commandLine;
        QByteArray stdinPrefix;
        SshError error;
    };
    using Preparer = std::function<Prepared(RemoteCommand *)>;
    // Ends the remote process group of a cancelled command (on a channel of its own).
    using ProcessKiller = std::function<void(RemoteCommand *, qint64 processGroup)>;

    using Delivery = ChannelDelivery;
    struct PumpResult
    {
        bool didWork = false;
        bool budgetSpent = false;
        int transportError = 0;
        QString libraryMessage;
    };

    explicit ChannelScheduler(Preparer preparer)
        : m_preparer(std::move(preparer))
    {}

    void setProcessKiller(ProcessKiller killer) { m_processKiller = std::move(killer); }
    void attach(LIBSSH2_SESSION *session, int maxChannels);
    // Forgets every channel without calling libssh2 (the session is about to be freed).
    void detach();
    void enqueue(RemoteCommand *command);
    void setUserCommandsAllowed(bool allowed) { m_userCommandsAllowed = allowed; }

    void startProbe();
    bool probeRunning() const;
    bool hasActiveChannels() const { return !m_active.empty(); }
    // A channel holds a half-sent packet: the socket must say when it can take more.
    bool hasPendingSend() const;

    PumpResult pump(QList<Delivery> &deliveries);
    // Everything not finished yet (running and queued), for failing them all at once.
    QList<QPointer<RemoteCommand>> takeUnfinished();

private:
    struct Slot
    {
        QPointer<RemoteCommand> command; // null for the probe
        bool isProbe = false;
        bool startDelivered = false;
        bool finishDelivered = false; // a stopped channel may linger after its command ended
        std::unique_ptr<ChannelDriver> driver;
    };

    void startQueued(QList<Delivery> &deliveries);
    void applyRequests(Slot &slot);
    bool mayAdvance(const Slot &slot) const;
    void collect(Slot &slot, QList<Delivery> &deliveries);

    void cancel(Slot &slot);
    static void takeProcessGroupMarker(RemoteCommand *command, QStringList &stderrLines);

    Preparer m_preparer;
    ProcessKiller m_processKiller;
    LIBSSH2_SESSION *m_session = nullptr;
    int m_maxChannels = 8;
    bool m_userCommandsAllowed = false;
    std::deque<QPointer<RemoteCommand>> m_queue;
    std::vector<std::unique_ptr<Slot>> m_active;
};
