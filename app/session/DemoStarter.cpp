#include "session/DemoStarter.h"

#include "session/DemoPair.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

DemoStarter::DemoStarter(QObject *parent)
    : QObject(parent)
{}

QStringList DemoStarter::command()
{
    const QStringList demoUp = {QCoreApplication::applicationFilePath(), QStringLiteral("demo"),
                                QStringLiteral("up")};
    if (::geteuid() == 0)
        return demoUp;
    const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
    if (pkexec.isEmpty())
        return {};
    return QStringList{pkexec} + demoUp;
}

bool DemoStarter::asksForRoot()
{
    return ::geteuid() != 0;
}

bool DemoStarter::isRunning() const
{
    return m_process != nullptr;
}

void DemoStarter::start()
{
    const QStringList program = command();
    if (program.isEmpty() || m_process) {
        emit finished(false, tr("Run this in a terminal: %1").arg(DemoPair::rootCommandLine()));
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &DemoStarter::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });
    m_process->start(program.first(), program.mid(1));
}

void DemoStarter::onFinished()
{
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    const bool ok = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0 &&
                    DemoPair::isRunning();
    if (ok) {
        emit finished(true, QString());
        return;
    }
    // pkexec: 126 the password dialog was dismissed, 127 not authorized.
    QString message;
    if (process->error() == QProcess::FailedToStart)
        message = tr("The demo pair could not be started: %1.").arg(process->errorString());
    else if (process->exitCode() == 126 || process->exitCode() == 127)
        message = tr("Root was not granted; nothing was changed.");
    else {
        const QStringList lines =
            QString::fromLocal8Bit(process->readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        message = tr("The demo pair could not be started (exit status %1): %2")
                      .arg(process->exitCode())
                      .arg(lines.mid(qMax(0, lines.size() - 3)).join(QLatin1Char(' ')));
    }
    message += QLatin1Char(' ') + tr("In a terminal: %1").arg(DemoPair::rootCommandLine());
    emit finished(false, message);
}
