#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

class QSocketNotifier;

// Questions to the person at the terminal, answered without blocking the event loop: stdin is
// watched with a QSocketNotifier, so the SSH sessions keep being driven (keepalive probes,
// other servers' logins) however long the answer takes. One question at a time; questions asked
// meanwhile wait their turn. A hidden question turns the terminal's echo off while it waits
// (passwords) and restores it afterwards, also when the prompt is destroyed unanswered.
class TerminalPrompt : public QObject
{
    Q_OBJECT
public:
    enum class Echo { Visible, Hidden };
    // answer: the line typed without its newline; nullopt at the end of input.
    using Callback = std::function<void(const std::optional<QString> &answer)>;

    explicit TerminalPrompt(QObject *parent = nullptr);
    ~TerminalPrompt() override;

    // Whether there is a person to ask: stdin is a terminal.
    static bool isInteractive();

    // Shows question (on stderr when hidden, else on stdout) and calls back with the answer.
    void ask(const QString &question, Echo echo, Callback callback);
    // ask() in a local event loop that keeps everything else moving; returns the answer.
    static std::optional<QString> askAndWait(const QString &question, Echo echo);
    // A yes/no question (answer visible) asked with askAndWait(): true for "y" or "yes" only;
    // false without a terminal.
    static bool confirmed(const QString &question);

private:
    struct Question
    {
        QString text;
        Echo echo = Echo::Visible;
        Callback callback;
    };

    void showNext();
    void readAvailable();
    void answer(const std::optional<QString> &line);
    void setEcho(bool on);

    std::deque<Question> m_questions;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer; // typed ahead of the current question
    bool m_asking = false;
    bool m_echoOff = false;
    bool m_endOfInput = false;
};
