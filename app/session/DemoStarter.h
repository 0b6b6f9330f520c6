#pragma once

#include <QObject>
#include <QStringList>

class QProcess;

// Starts the local demo pair for the wizard without blocking it: runs `gluster-ha-wizard demo up`
// (this very executable) in the background — directly when this is root, else through pkexec,
// the desktop's way to ask for root (polkit's password dialog). Without pkexec there is only the
// command to type in a terminal (DemoPair::rootCommandLine()).
class DemoStarter : public QObject
{
    Q_OBJECT
public:
    explicit DemoStarter(QObject *parent = nullptr);

    // The program and arguments start() runs; empty when root cannot be asked for here.
    static QStringList command();
    // True when command() goes through pkexec (this is not root): a password will be asked for.
    static bool asksForRoot();
    bool isRunning() const;
    void start();

signals:
    // ok: the demo pair is up. message: what went wrong otherwise, for people.
    void finished(bool ok, const QString &message);

private:
    void onFinished();

    QProcess *m_process = nullptr;
};
