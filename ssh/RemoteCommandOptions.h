#pragma once

#include <QByteArray>
#include <QStringList>

// How SshSession::run() runs one command.
struct RemoteCommandOptions
{
    int timeoutMs = 0;          // 0 = no limit; on expiry the command is stopped like cancel()
    QByteArray stdinData;       // written to the command's stdin first
    bool keepStdinOpen = false; // false: EOF after stdinData; true: call closeStdin() yourself
    bool asRoot = false;        // run as root: directly when root, else through sudo (no PTY)
    QStringList redactions;     // extra secrets to mask in the logged command and in output
    // cancel() and the timeout end the command's processes on the server (its process group:
    // SIGTERM, SIGKILL after RemoteProcessGroup::graceSeconds) and finished() comes once they
    // are gone; without it only the channel is closed. See RemoteProcessGroup.
    bool endProcessesOnCancel = false;
};
