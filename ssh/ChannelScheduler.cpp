#include "ChannelScheduler.h"

#include "RemoteCommand.h"
#include "RemoteProcessGroup.h"

#include <algorithm>

namespace {
// Bytes read per pump before control goes back to the event loop: keeps every stall short
// while a fast command streams.
constexpr qsizetype pumpBudgetBytes = 256 * 1024;
constexpr int maxPassesPerPump = 8;
} // namespace

void ChannelScheduler::attach(LIBSSH2_SESSION *session, int maxChannels)
{
    m_session = session;
    m_maxChannels = qMax(1, maxChannels);
}

void ChannelScheduler::detach()
{
    m_active.clear();
    m_session = nullptr;
}

void ChannelScheduler::enqueue(RemoteCommand *command)
{
    m_queue.push_back(command);
}

void ChannelScheduler::startProbe()
{
    if (!m_session || probeRunning())
        return;
    auto slot = std::make_unique<Slot>();
    slot->isProbe = true;
    slot->driver =
        std::make_unique<ChannelDriver>(m_session, ChannelDriver::Kind::Probe, QByteArray());
    m_active.push_back(std::move(slot));
}

bool ChannelScheduler::hasPendingSend() const
{
    return std::any_of(m_active.begin(), m_active.end(), [](const std::unique_ptr<Slot> &slot) {
        return slot->driver->hasPendingSend();
    });
}

bool ChannelScheduler::probeRunning() const
{
    return std::any_of(m_active.begin(), m_active.end(),
                       [](const std::unique_ptr<Slot> &slot) { return slot->isProbe; });
}

void ChannelScheduler::startQueued(QList<Delivery> &deliveries)
{
    if (!m_session)
        return;
    int running =
        int(std::count_if(m_active.begin(), m_active.end(), [](const std::unique_ptr<Slot> &slot) {
            return !slot->isProbe && !slot->finishDelivered;
        }));
    for (auto it = m_queue.begin(); it != m_queue.end() && running < m_maxChannels;) {
        RemoteCommand *command = *it;
        if (!command) {
            it = m_queue.erase(it);
            continue;
        }
        if (!command->m_internal && !m_userCommandsAllowed) {
            ++it;
            continue;
        }
        if (command->m_cancelRequested) {
            Delivery delivery;
            delivery.command = command;
            delivery.finished = true;
            deliveries.append(delivery);
            it = m_queue.erase(it);
            continue;
        }
        const Prepared prepared = m_preparer(command);
        if (prepared.error.isError()) {
            Delivery delivery;
            delivery.command = command;
            delivery.finished = true;
            delivery.error = prepared.error;
            deliveries.append(delivery);
            it = m_queue.erase(it);
            continue;
        }
        auto slot = std::make_unique<Slot>();
        slot->command = command;
        slot->driver = std::make_unique<ChannelDriver>(m_session, ChannelDriver::Kind::Command,
                                                       prepared.commandLine);
        slot->driver->queueStdin(prepared.stdinPrefix + command->m_options.stdinData);
        if (!command->m_options.keepStdinOpen)
            slot->driver->closeStdin();
        m_active.push_back(std::move(slot));
        it = m_queue.erase(it);
        ++running;
    }
}

void ChannelScheduler::applyRequests(Slot &slot)
{
    if (slot.isProbe)
        return;
    RemoteCommand *command = slot.command;
    if (slot.finishDelivered)
        return;
    if (!command) {
        // Deleted by its owner while running: nobody wants the rest.
        if (!slot.driver->isStopping())
            slot.driver->requestStop();
        return;
    }
    if (!command->m_pendingStdin.isEmpty())
        slot.driver->queueStdin(std::exchange(command->m_pendingStdin, {}));
    if (command->m_stdinCloseRequested)
        slot.driver->closeStdin();
    if (command->m_cancelRequested && !slot.driver->isStopping())
        cancel(slot);
}

void ChannelScheduler::cancel(Slot &slot)
{
    RemoteCommand *command = slot.command;
    const bool endProcesses = command->m_options.endProcessesOnCancel && !command->m_forceStop &&
                              slot.driver->outcome().started && m_processKiller;
    if (!endProcesses) {
        slot.driver->requestStop();
        return;
    }
    // The channel stays open until the processes are gone: its end is the proof. The group id
    // is the wrapper's first word, so it is known a moment after the start.
    if (command->m_processGroup > 0 && !command->m_processKillSent) {
        command->m_processKillSent = true;
        m_processKiller(command, command->m_processGroup);
    }
}

void ChannelScheduler::takeProcessGroupMarker(RemoteCommand *command, QStringList &stderrLines)
{
    if (!command->m_options.endProcessesOnCancel || command->m_processGroup > 0)
        return;
    for (auto it = stderrLines.begin(); it != stderrLines.end(); ++it) {
        if (const std::optional<qint64> group = RemoteProcessGroup::parseMarker(*it)) {
            command->m_processGroup = *group;
            stderrLines.erase(it);
            return;
        }
    }
}

bool ChannelScheduler::mayAdvance(const Slot &slot) const
{
    for (const auto &other : m_active) {
        if (other.get() == &slot)
            continue;
        if (other->driver->hasPendingSend())
            return false;
        if (slot.driver->wantsToOpen() && other->driver->isOpening())
            return false;
    }
    return true;
}

void ChannelScheduler::collect(Slot &slot, QList<Delivery> &deliveries)
{
    QStringList out = slot.driver->takeStdoutLines();
    QStringList err = slot.driver->takeStderrLines();
    if (!slot.command || slot.finishDelivered)
        return;
    takeProcessGroupMarker(slot.command, err);
    const bool finished =
        slot.driver->outcome().transportError == 0 && slot.driver->isOutcomeFinal();
    const bool started = slot.driver->outcome().started && !slot.startDelivered;
    if (!started && !finished && out.isEmpty() && err.isEmpty())
        return;
    slot.startDelivered = slot.startDelivered || started;
    auto existing = std::find_if(deliveries.begin(), deliveries.end(), [&](const Delivery &d) {
        return d.command == slot.command && !d.finished;
    });
    if (existing == deliveries.end()) {
        deliveries.append(Delivery{});
        existing = deliveries.end() - 1;
        existing->command = slot.command;
    }
    existing->started = existing->started || started;
    existing->stdoutLines.append(std::move(out));
    existing->stderrLines.append(std::move(err));
    if (finished) {
        existing->finished = true;
        existing->outcome = slot.driver->outcome();
        slot.finishDelivered = true;
    }
}

ChannelScheduler::PumpResult ChannelScheduler::pump(QList<Delivery> &deliveries)
{
    PumpResult result;
    if (!m_session)
        return result;
    startQueued(deliveries);
    qsizetype budget = pumpBudgetBytes;
    for (int pass = 0; pass < maxPassesPerPump; ++pass) {
        bool moved = false;
        for (std::size_t i = 0; i < m_active.size(); ++i) {
            Slot &slot = *m_active[i];
            applyRequests(slot);
            if (!mayAdvance(slot))
                continue;
            const qsizetype before = budget;
            const bool wasStarted = slot.driver->outcome().started;
            const auto progress = slot.driver->advance(budget);
            const ChannelDriver::Outcome &outcome = slot.driver->outcome();
            moved = moved || budget != before || outcome.started != wasStarted;
            if (outcome.transportError) {
                collect(slot, deliveries);
                result.didWork = true;
                result.transportError = outcome.transportError;
                result.libraryMessage = outcome.libraryMessage;
                return result;
            }
            if (progress != ChannelDriver::Progress::Finished) {
                collect(slot, deliveries);
                continue;
            }
            moved = true;
            const bool refusedToOpen = !slot.isProbe && outcome.openRefused && m_active.size() > 1;
            if (refusedToOpen && slot.command) {
                // The server allows fewer sessions than we assumed (MaxSessions): run fewer at
                // once and retry this command when a channel is free.
                m_maxChannels = qMax(1, int(m_active.size()) - 1);
                m_queue.push_front(slot.command);
            } else {
                collect(slot, deliveries);
            }
            m_active.erase(m_active.begin() + std::ptrdiff_t(i));
            --i;
        }
        result.didWork = result.didWork || moved;
        if (!moved || budget <= 0)
            break;
        startQueued(deliveries);
    }
    result.budgetSpent = budget <= 0;
    return result;
}

QList<QPointer<RemoteCommand>> ChannelScheduler::takeUnfinished()
{
    QList<QPointer<RemoteCommand>> commands;
    for (const auto &slot : m_active) {
        if (slot->command && !slot->finishDelivered)
            commands.append(slot->command);
    }
    for (const auto &command : m_queue) {
        if (command)
            commands.append(command);
    }
    m_active.clear();
    m_queue.clear();
    return commands;
}
