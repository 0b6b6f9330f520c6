#pragma once

#include "ChannelOutcome.h"
#include "SshError.h"

#include <QPointer>
#include <QStringList>

class RemoteCommand;

// What SshSession must emit for one command after a pump, in this order: started, lines,
// finished. Internal to the SSH layer.
struct ChannelDelivery
{
    QPointer<RemoteCommand> command;
    bool started = false;
    QStringList stdoutLines;
    QStringList stderrLines;
    bool finished = false;
    ChannelOutcome outcome;
    SshError error; // set when the command finished without running (e.g. sudo unusable)
};
