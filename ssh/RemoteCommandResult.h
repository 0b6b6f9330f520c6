#pragma once

#include "SshError.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// How a remote command ended. success() is the only honest "it worked": the output reached its
// end (EOF), the exit status is 0 and no signal killed the command. A dropped connection
// reports exit status 0 from libssh2 without an EOF, so the status alone proves nothing.
struct RemoteCommandResult
{
    bool gotEof = false;
    int exitStatus = -1; // -1 when the server never reported one
    QString exitSignal;  // "TERM", "KILL"... when a signal ended the command
    bool timedOut = false;
    bool cancelled = false;
    SshError error;         // transport, channel or sudo problem; None otherwise
    QStringList stderrTail; // the last stderr lines (redacted), for error reports

    bool success() const
    {
        return gotEof && exitStatus == 0 && exitSignal.isEmpty() && !timedOut && !cancelled &&
               !error.isError();
    }
    // One sentence for people: "exit status 2", "killed by signal TERM", the error message...
    QString describe() const;
};

Q_DECLARE_METATYPE(RemoteCommandResult)
