#pragma once

#include <QString>

// How one channel ended, as libssh2 saw it. Internal to the SSH layer.
struct ChannelOutcome
{
    bool started = false; // exec accepted
    bool gotEof = false;
    int exitStatus = -1;
    QString exitSignal;
    int channelError = 0;     // the server refused the channel or the command
    bool openRefused = false; // ... already when asked for a channel (MaxSessions?)
    int transportError = 0;   // the connection itself failed (libssh2 code)
    QString libraryMessage;   // libssh2's text for the error, for logs
};
