#pragma once

#include "SshCallbackContext.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QSocketNotifier;
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;

// A non-blocking libssh2 session on its own connected socket, plus the notifiers that say when
// the socket may have moved. It owns both and closes them; it knows nothing of SSH steps.
// Internal to SshSession.
class SshTransport : public QObject
{
    Q_OBJECT
public:
    explicit SshTransport(QObject *parent = nullptr);
    ~SshTransport() override;

    // Takes the socket over and creates the libssh2 session; false when libssh2 cannot.
    bool open(int socket);
    // Says goodbye if the socket takes it, then frees everything without waiting.
    void close();
    bool isOpen() const { return m_session != nullptr; }

    LIBSSH2_SESSION *session() const { return m_session; }
    int socket() const { return m_socket; }

    QStringList supportedHostKeyAlgorithms() const;
    void preferHostKeyAlgorithms(const QString &commaSeparated);

    // Which wake-ups are wanted: readable while libssh2 is driven, writable while a send is
    // stuck. Also re-arms quick ACKs before the next poll.
    void watch(bool readable, bool writable);
    bool libraryBlockedOutbound() const;

    // Bounds how much one pump may receive (< 0: no bound); see SshCallbackContext.
    void setReceiveAllowance(qint64 bytes);
    qint64 millisecondsSinceLastByte() const;
    // Whether something sent waits for the peer's answer. The dead-peer verdict counts only the
    // silence of such a wait: an idle session owes us nothing, however long the event loop or a
    // person made it wait (e.g. a terminal prompt).
    void setAwaitingReply(bool awaiting);
    // Silence since the later of the last byte and the start of the current wait; 0 when
    // nothing waits.
    qint64 millisecondsAwaitingReply() const;
    bool hasUnreadBytes() const;
    int lastSocketErrno() const;
    QString lastLibraryError() const;

signals:
    void activity();

private:
    int m_socket = -1;
    LIBSSH2_SESSION *m_session = nullptr;
    std::unique_ptr<SshCallbackContext> m_context;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
};
