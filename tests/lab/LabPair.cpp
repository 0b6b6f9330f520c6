#include "LabPair.h"

#include "SshSession.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

LabPair::LabPair()
{
    const QString state = qEnvironmentVariable("GHW_LAB_STATE", QStringLiteral("/srv/ghw-lab"));
    m_adminDir = state + QStringLiteral("/admin");
}

QString LabPair::labTool() const
{
    return QStringLiteral(GHW_SOURCE_DIR "/tests/lab/lab.sh");
}

QString LabPair::problem() const
{
    if (!QFileInfo::exists(specPath()))
        return QStringLiteral("the lab is not up (no %1): this test needs the `lab` fixture "
                              "(ctest -L lab) and root")
            .arg(specPath());
    return {};
}

QString LabPair::nodeName(int index) const
{
    return QStringLiteral("server%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

SshEndpoint LabPair::endpoint(int index) const
{
    SshEndpoint endpoint;
    endpoint.name = nodeName(index);
    endpoint.host = QStringLiteral("198.18.1.%1").arg(11 + index);
    endpoint.port = 22;
    endpoint.user = QStringLiteral("root");
    endpoint.auth = SshEndpoint::AuthMethod::Key;
    endpoint.identityFile = m_adminDir + QStringLiteral("/id_ed25519");
    endpoint.knownHostsPath = knownHostsPath();
    endpoint.connectTimeoutMs = 10000;
    return endpoint;
}

QList<SshSession *> LabPair::connectAll(QObject *parent, QString *error) const
{
    QList<SshSession *> sessions;
    for (int i = 0; i < 2; ++i)
        sessions.append(new SshSession(endpoint(i), parent));
    for (SshSession *session : sessions) {
        QSignalSpy connected(session, &SshSession::connected);
        QSignalSpy failed(session, &SshSession::failed);
        session->connectToHost();
        if (!connected.wait(15000)) {
            if (error)
                *error =
                    failed.isEmpty()
                        ? QStringLiteral("%1: no connection in 15 s").arg(session->endpoint().name)
                        : failed.first().first().value<SshError>().message;
            qDeleteAll(sessions);
            return {};
        }
    }
    return sessions;
}

int LabPair::lab(const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(labTool(), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int LabPair::exec(int index, const QString &script, QString *output) const
{
    return lab({QStringLiteral("exec"), nodeName(index), QStringLiteral("bash"),
                QStringLiteral("-c"), script},
               output);
}
