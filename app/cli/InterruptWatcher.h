#pragma once

#include <QObject>

class QSocketNotifier;

// Turns the first Ctrl-C (SIGINT) into a Qt signal, delivered by the event loop; the handler
// resets itself, so a second Ctrl-C ends the program at once as usual. One at a time; the
// previous handler is back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
