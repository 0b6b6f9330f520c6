#include "TerminalPrompt.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTextStream>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

TerminalPrompt::TerminalPrompt(QObject *parent)
    : QObject(parent)
{}

TerminalPrompt::~TerminalPrompt()
{
    setEcho(true);
}

bool TerminalPrompt::isInteractive()
{
    return isatty(STDIN_FILENO) == 1;
}

void TerminalPrompt::ask(const QString &question, Echo echo, Callback callback)
{
    m_questions.push_back({question, echo, std::move(callback)});
    if (!m_asking)
        showNext();
}

std::optional<QString> TerminalPrompt::askAndWait(const QString &question, Echo echo)
{
    TerminalPrompt prompt;
    QEventLoop loop;
    std::optional<QString> result;
    prompt.ask(question, echo, [&](const std::optional<QString> &answer) {
        result = answer;
        loop.quit();
    });
    if (prompt.m_asking)
        loop.exec();
    return result;
}

void TerminalPrompt::showNext()
{
    if (m_questions.empty() || m_asking)
        return;
    m_asking = true;
    const Question &question = m_questions.front();
    if (question.echo == Echo::Hidden) {
        setEcho(false);
        QTextStream(stderr) << question.text << Qt::flush;
    } else {
        QTextStream(stdout) << question.text << Qt::flush;
    }
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &TerminalPrompt::readAvailable);
    }
    m_notifier->setEnabled(true);
    // An answer typed ahead, or input that has already ended, needs no wake-up.
    if (m_buffer.contains('\n') || m_endOfInput)
        QMetaObject::invokeMethod(this, &TerminalPrompt::readAvailable, Qt::QueuedConnection);
}

void TerminalPrompt::readAvailable()
{
    if (!m_asking)
        return;
    if (!m_buffer.contains('\n') && !m_endOfInput) {
        char chunk[512];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (got <= 0)
            m_endOfInput = true;
        else
            m_buffer.append(chunk, got);
    }
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        answer(QString::fromLocal8Bit(line));
    } else if (m_endOfInput) {
        answer(std::nullopt);
    }
}

void TerminalPrompt::answer(const std::optional<QString> &line)
{
    Question question = std::move(m_questions.front());
    m_questions.pop_front();
    m_asking = false;
    m_notifier->setEnabled(false);
    if (question.echo == Echo::Hidden) {
        setEcho(true);
        QTextStream(stderr) << '\n' << Qt::flush; // the Enter that was not echoed
    }
    if (question.callback)
        question.callback(line);
    showNext();
}

void TerminalPrompt::setEcho(bool on)
{
    if (on == !m_echoOff)
        return;
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    if (on)
        settings.c_lflag |= tcflag_t(ECHO);
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    // TCSANOW: what was typed ahead stays (TCSAFLUSH would throw it away).
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
    m_echoOff = !on;
}

bool TerminalPrompt::confirmed(const QString &question)
{
    if (!isInteractive())
        return false;
    // Without blocking the event loop: open sessions stay alive (keepalive) however long the
    // answer takes.
    const std::optional<QString> answer = askAndWait(question + QLatin1Char(' '), Echo::Visible);
    const QString word = answer.value_or(QString()).trimmed().toLower();
    return word == QLatin1String("y") || word == QLatin1String("yes");
}
