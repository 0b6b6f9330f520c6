#include "SshConfigResolver.h"

#include "PrivateKeyFile.h"
#include "SshProxyCommand.h"

#include <QDir>
#include <QFileInfo>

namespace {
QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// A list of files as `ssh -G` prints it (space-separated; "none" is no file).
QStringList expandedPaths(const QString &value)
{
    QStringList paths;
    for (const QString &path : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (path != QLatin1String("none"))
            paths.append(expandHome(path));
    }
    return paths;
}

// OpenSSH lists identity files whether or not they exist; the first existing non-RSA key is
// the one that can work (an RSA key is still taken when it is all there is, so the session
// can explain why it fails).
QString chooseIdentity(const QStringList &candidates)
{
    QString firstExisting;
    for (const QString &candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        if (firstExisting.isEmpty())
            firstExisting = candidate;
        if (!PrivateKeyFile::inspect(candidate).isRsa())
            return candidate;
    }
    return firstExisting;
}

// The port a "port" line names, or 0 (not given) when it is no port at all: a number beyond 16
// bits must not be cut down to some other port.
quint16 validPort(const QString &value)
{
    bool ok = false;
    const uint port = value.toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : quint16(0);
}
} // namespace

SshConfigResolver::SshConfigResolver(QObject *parent)
    : QObject(parent)
{}

void SshConfigResolver::resolve(const SshEndpoint &endpoint)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
    }
    m_pending = endpoint;
    m_process = new QProcess(this);
    QStringList arguments;
    if (!m_configFile.isEmpty())
        arguments << QStringLiteral("-F") << m_configFile;
    if (endpoint.port)
        arguments << QStringLiteral("-p") << QString::number(endpoint.port);
    if (!endpoint.user.isEmpty())
        arguments << QStringLiteral("-l") << endpoint.user;
    // "--" keeps a host name starting with '-' from being read as an option.
    arguments << QStringLiteral("-G") << QStringLiteral("--") << endpoint.host;
    connect(m_process, &QProcess::finished, this, &SshConfigResolver::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = tr("Cannot run %1 to read the SSH configuration: %2")
                                    .arg(m_program, m_process->errorString());
        m_process->deleteLater();
        m_process = nullptr;
        emit failed(message);
    });
    m_process->start(m_program, arguments, QIODevice::ReadOnly);
}

void SshConfigResolver::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString output = QString::fromUtf8(m_process->readAllStandardOutput());
    const QString errors = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    m_process->deleteLater();
    m_process = nullptr;
    if (status != QProcess::NormalExit || exitCode != 0) {
        emit failed(tr("ssh -G %1 failed: %2").arg(m_pending.host, errors));
        return;
    }
    emit resolved(apply(m_pending, output, m_configFile));
}

SshEndpoint SshConfigResolver::apply(const SshEndpoint &endpoint, const QString &sshGOutput,
                                     const QString &configFile)
{
    SshEndpoint result = endpoint;
    QStringList identities;
    QStringList userKnownHosts;
    QStringList globalKnownHosts;
    QString proxyCommand;
    QString proxyJump;
    for (const QString &line : sshGOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        const QString key = line.left(space).toLower();
        const QString value = line.mid(space + 1).trimmed();
        if (key == QLatin1String("hostname"))
            result.host = value;
        else if (key == QLatin1String("port") && !endpoint.port)
            result.port = validPort(value);
        else if (key == QLatin1String("user") && endpoint.user.isEmpty())
            result.user = value;
        else if (key == QLatin1String("identityfile"))
            identities.append(expandHome(value));
        else if (key == QLatin1String("userknownhostsfile"))
            userKnownHosts = expandedPaths(value);
        else if (key == QLatin1String("globalknownhostsfile"))
            globalKnownHosts = expandedPaths(value);
        else if (key == QLatin1String("hostkeyalias") && endpoint.hostKeyAlias.isEmpty())
            result.hostKeyAlias = value;
        else if (key == QLatin1String("hashknownhosts") && value == QLatin1String("yes"))
            result.hashKnownHosts = true;
        else if (key == QLatin1String("proxycommand") && value != QLatin1String("none"))
            proxyCommand = value;
        else if (key == QLatin1String("proxyjump") && value != QLatin1String("none"))
            proxyJump = value;
    }
    if (result.identityFile.isEmpty())
        result.identityFile = chooseIdentity(identities);
    // A known_hosts file the endpoint names replaces all of OpenSSH's user files, as
    // `-o UserKnownHostsFile=` would; the global files are read either way.
    if (result.knownHostsPath.isEmpty() && !userKnownHosts.isEmpty()) {
        result.knownHostsPath = userKnownHosts.takeFirst();
        result.moreKnownHostsPaths = userKnownHosts;
    }
    if (result.globalKnownHostsPaths.isEmpty())
        result.globalKnownHostsPaths = globalKnownHosts;
    if (result.name.isEmpty())
        result.name = endpoint.host;
    if (result.proxyCommand.isEmpty() && !proxyCommand.isEmpty()) {
        result.proxyCommand =
            SshProxyCommand::expandTokens(proxyCommand, result.host, result.effectivePort(),
                                          result.effectiveUser(), endpoint.host);
        result.via = proxyCommand;
    } else if (result.proxyCommand.isEmpty() && result.jumpHosts.isEmpty() &&
               !proxyJump.isEmpty()) {
        result.jumpHosts = proxyJump.split(QLatin1Char(','), Qt::SkipEmptyParts);
        result.via = result.jumpHosts.join(QLatin1String(", "));
    }
    if (result.sshConfigFile.isEmpty())
        result.sshConfigFile = configFile;
    return result;
}
