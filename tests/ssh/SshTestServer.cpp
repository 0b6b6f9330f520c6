#include "SshTestServer.h"

#include "SshHostKey.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const QString userPrefix = QStringLiteral("ghwt");

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return file.setPermissions(permissions);
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void killProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), SIGCONT); // a stopped process cannot die of SIGTERM
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}
} // namespace

SshTestServer::SshTestServer()
{
    if (geteuid() != 0)
        qFatal("SshTestServer: these tests create users and run sshd: run them as root");
    // Home directories of the test users live under the temporary folder.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    QDir(m_dir.path()).mkpath(QStringLiteral("authorized_keys"));
    QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    removeStaleUsersOfDeadRuns();
    for (const QString &type : {QStringLiteral("ed25519"), QStringLiteral("ecdsa")}) {
        const QString path = m_dir.filePath(QStringLiteral("ssh_host_%1_key").arg(type));
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                    QString(), QStringLiteral("-f"), path});
    }
}

SshTestServer::~SshTestServer()
{
    stop();
    killProcess(m_agent);
    for (const QString &user : std::as_const(m_users))
        removeUser(user);
    for (const QString &file : std::as_const(m_sudoersFiles))
        QFile::remove(file);
}

bool SshTestServer::writeConfig(const QStringList &extraConfig, const QStringList &matchBlocks)
{
    QStringList lines = extraConfig;
    lines << QStringLiteral("Port %1").arg(m_port) << QStringLiteral("ListenAddress 127.0.0.1")
          << QStringLiteral("HostKey %1/ssh_host_ed25519_key").arg(dir())
          << QStringLiteral("HostKey %1/ssh_host_ecdsa_key").arg(dir())
          << QStringLiteral("PidFile none")
          << QStringLiteral("AuthorizedKeysFile %1/authorized_keys/%u").arg(dir())
          << QStringLiteral("StrictModes no") << QStringLiteral("UsePAM yes")
          << QStringLiteral("PasswordAuthentication yes")
          << QStringLiteral("KbdInteractiveAuthentication yes")
          << QStringLiteral("PermitRootLogin prohibit-password") << QStringLiteral("PrintMotd no")
          << QStringLiteral("LogLevel VERBOSE");
    lines << matchBlocks;
    return writeFile(m_dir.filePath(QStringLiteral("sshd_config")),
                     lines.join(QLatin1Char('\n')).toUtf8() + '\n',
                     QFile::ReadOwner | QFile::WriteOwner);
}

bool SshTestServer::start(const QStringList &extraConfig, const QStringList &matchBlocks)
{
    stop();
    m_port = freeLoopbackPort();
    if (!writeConfig(extraConfig, matchBlocks)) {
        m_error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                 {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                  m_dir.filePath(QStringLiteral("sshd_config"))});
    if (!m_sshd.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start sshd: ") + m_sshd.errorString();
        return false;
    }
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(host(), m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_sshd.state() == QProcess::NotRunning)
            break;
        QThread::msleep(20);
    }
    m_error = QStringLiteral("sshd did not come up: ") + log();
    return false;
}

void SshTestServer::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    // The per-connection processes first: they outlive the listener otherwise.
    const QList<qint64> children = connectionProcesses();
    for (qint64 pid : children) {
        ::kill(pid_t(pid), SIGCONT);
        ::kill(pid_t(pid), SIGKILL);
    }
    killProcess(m_sshd);
    log();
}

qint64 SshTestServer::sshdPid() const
{
    return m_sshd.processId();
}

QString SshTestServer::log()
{
    m_log += QString::fromUtf8(m_sshd.readAll());
    return m_log;
}

QString SshTestServer::createUser(const QString &tag, const QString &password, Sudo sudo)
{
    const QString user = QStringLiteral("%1%2%3%4")
                             .arg(userPrefix)
                             .arg(::getpid())
                             .arg(tag.left(8).toLower())
                             .arg(++m_userCounter);
    const QString home = m_dir.filePath(QStringLiteral("home/") + user);
    if (!runProgram(QStringLiteral("useradd"),
                    {QStringLiteral("-m"), QStringLiteral("-d"), home, QStringLiteral("-s"),
                     QStringLiteral("/bin/sh"), user}))
        qFatal("SshTestServer: useradd %s failed", qPrintable(user));
    m_users << user;
    if (!password.isEmpty())
        runProgram(QStringLiteral("chpasswd"), {}, (user + QLatin1Char(':') + password).toUtf8());
    QString rules;
    switch (sudo) {
    case Sudo::None:
        break;
    case Sudo::Passwordless:
        rules = QStringLiteral("%1 ALL=(ALL) NOPASSWD: ALL\n").arg(user);
        break;
    case Sudo::WithPassword:
        rules = QStringLiteral("%1 ALL=(ALL) ALL\n").arg(user);
        break;
    case Sudo::RequireTty:
        rules = QStringLiteral("Defaults:%1 requiretty\n%1 ALL=(ALL) NOPASSWD: ALL\n").arg(user);
        break;
    }
    if (!rules.isEmpty()) {
        // No dot in the name: sudo ignores drop-ins whose names contain one.
        const QString file = QStringLiteral("/etc/sudoers.d/") + user;
        writeFile(file, rules.toUtf8(), QFile::ReadOwner | QFile::ReadGroup);
        m_sudoersFiles << file;
        if (!runProgram(QStringLiteral("visudo"), {QStringLiteral("-cf"), file}))
            qFatal("SshTestServer: invalid sudoers drop-in %s", qPrintable(file));
    }
    return user;
}

namespace {
// "net:[4026531833]": the network namespace of a process ("self" or a PID), empty if gone.
QByteArray networkNamespaceOf(const QByteArray &process)
{
    char target[64] = {};
    const QByteArray link = "/proc/" + process + "/ns/net";
    const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
    return length > 0 ? QByteArray(target, int(length)) : QByteArray();
}
} // namespace

void SshTestServer::removeUser(const QString &user)
{
    QString uidText;
    if (!runProgram(QStringLiteral("id"), {QStringLiteral("-u"), user}, {}, &uidText))
        return;
    const QString uid = uidText.trimmed();
    // Processes still running as the user (commands left behind by a cancelled channel),
    // found and ended one PID at a time. Only those in this test's own network namespace: a
    // lab node (its own namespace, its own /etc over this machine's) may give its user the same
    // UID, and its SSH sessions are not ours to end.
    const QByteArray ownNetwork = networkNamespaceOf("self");
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool isPid = false;
        pid.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(status.readAll());
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("\\nUid:\\s+(\\d+)")).match(text);
        if (match.hasMatch() && match.captured(1) == uid &&
            networkNamespaceOf(pid.toLatin1()) == ownNetwork)
            ::kill(pid_t(pid.toLongLong()), SIGKILL);
    }
    runProgram(QStringLiteral("userdel"), {QStringLiteral("-f"), QStringLiteral("-r"), user});
    QFile::remove(QStringLiteral("/etc/sudoers.d/") + user);
}

void SshTestServer::removeStaleUsersOfDeadRuns()
{
    QFile passwd(QStringLiteral("/etc/passwd"));
    if (!passwd.open(QIODevice::ReadOnly))
        return;
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)[a-z]").arg(userPrefix));
    const QStringList lines = QString::fromUtf8(passwd.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString user = line.section(QLatin1Char(':'), 0, 0);
        const QRegularExpressionMatch match = pattern.match(user);
        if (match.hasMatch() && ::kill(pid_t(match.captured(1).toLongLong()), 0) != 0)
            removeUser(user);
    }
}

QString SshTestServer::createKey(const QString &name, const QString &type,
                                 const QString &passphrase)
{
    const QString path = m_dir.filePath(QStringLiteral("keys/") + name);
    QDir().mkpath(m_dir.filePath(QStringLiteral("keys")));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList arguments{QStringLiteral("-q"),
                          QStringLiteral("-t"),
                          type,
                          QStringLiteral("-N"),
                          passphrase,
                          QStringLiteral("-f"),
                          path,
                          QStringLiteral("-C"),
                          name};
    if (type == QLatin1String("rsa"))
        arguments << QStringLiteral("-b") << QStringLiteral("2048");
    if (!runProgram(QStringLiteral("ssh-keygen"), arguments))
        qFatal("SshTestServer: ssh-keygen for %s failed", qPrintable(name));
    return path;
}

void SshTestServer::authorize(const QString &user, const QString &privateKeyPath)
{
    QFile publicKey(privateKeyPath + QStringLiteral(".pub"));
    publicKey.open(QIODevice::ReadOnly);
    QFile keys(m_dir.filePath(QStringLiteral("authorized_keys/") + user));
    keys.open(QIODevice::Append);
    keys.write(publicKey.readAll());
}

QByteArray SshTestServer::hostKeyBlob(const QString &type) const
{
    QFile file(m_dir.filePath(QStringLiteral("ssh_host_%1_key.pub").arg(type)));
    file.open(QIODevice::ReadOnly);
    return QByteArray::fromBase64(file.readAll().simplified().split(' ').value(1));
}

QString SshTestServer::hostKeyFingerprint(const QString &type) const
{
    return SshHostKey::fingerprintOf(hostKeyBlob(type));
}

QString SshTestServer::writeKnownHosts(const QString &fileName)
{
    const QString path = m_dir.filePath(fileName);
    QFile file(m_dir.filePath(QStringLiteral("ssh_host_ed25519_key.pub")));
    file.open(QIODevice::ReadOnly);
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    writeFile(path,
              QStringLiteral("[%1]:%2 ").arg(host()).arg(m_port).toUtf8() + fields.value(0) + ' ' +
                  fields.value(1) + '\n',
              QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString SshTestServer::startAgent()
{
    const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
    killProcess(m_agent);
    QFile::remove(socket);
    m_agent.start(QStringLiteral("ssh-agent"),
                  {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    const QDeadlineTimer deadline(5000);
    while (!QFile::exists(socket) && !deadline.hasExpired())
        QThread::msleep(10);
    return socket;
}

bool SshTestServer::addToAgent(const QString &privateKeyPath)
{
    return runAgentCommand({QStringLiteral("-q"), privateKeyPath});
}

bool SshTestServer::clearAgent()
{
    return runAgentCommand({QStringLiteral("-q"), QStringLiteral("-D")});
}

bool SshTestServer::runAgentCommand(const QStringList &arguments)
{
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"),
                       m_dir.filePath(QStringLiteral("agent.sock")));
    add.setProcessEnvironment(environment);
    add.start(QStringLiteral("ssh-add"), arguments);
    return add.waitForFinished(5000) && add.exitCode() == 0;
}

SshEndpoint SshTestServer::endpoint(const QString &user, SshEndpoint::AuthMethod auth,
                                    const QString &identityFile) const
{
    SshEndpoint endpoint;
    endpoint.name = QStringLiteral("testserver");
    endpoint.host = host();
    endpoint.port = m_port;
    endpoint.user = user;
    endpoint.auth = auth;
    endpoint.identityFile = identityFile;
    endpoint.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
    endpoint.connectTimeoutMs = 10000;
    return endpoint;
}

qint64 SshTestServer::parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid ...": comm may contain spaces, so parse after the last ')'.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(1).toLongLong();
}

QList<qint64> SshTestServer::descendantsOf(qint64 pid)
{
    QList<qint64> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    QList<qint64> frontier{pid};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 candidate = entry.toLongLong(&isPid);
            if (isPid && parentOf(candidate) == parent) {
                all << candidate;
                frontier << candidate;
            }
        }
    }
    return all;
}

QList<qint64> SshTestServer::connectionProcesses() const
{
    if (m_sshd.state() == QProcess::NotRunning)
        return {};
    return descendantsOf(m_sshd.processId());
}

bool SshTestServer::runProgram(const QString &program, const QStringList &arguments,
                               const QByteArray &input, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
