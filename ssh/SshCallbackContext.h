#pragma once

#include <QByteArray>
#include <QElapsedTimer>

// What libssh2's C callbacks reach through the session "abstract" pointer: the last moment a
// byte arrived (the dead-peer watchdog reads it), the receive allowance of the current pump and
// the keyboard-interactive answer. Internal.
struct SshCallbackContext
{
    QElapsedTimer clock;      // started when the socket connects
    qint64 lastReceiveMs = 0; // clock time of the last byte received
    // Clock time since which a request (a command's channel, a keepalive probe) has been waiting
    // for the peer; < 0 while nothing waits. Only that silence can mean a dead peer.
    qint64 awaitingSinceMs = -1;
    int lastSocketErrno = 0; // errno of the last failed recv/send, for messages
    // Bytes libssh2 may still receive in this pump; < 0 = no limit. libssh2 decrypts all that
    // the socket holds before it returns, so this is what bounds the work of one pump.
    qint64 receiveAllowance = -1;
    QByteArray keyboardInteractiveAnswer;
};
