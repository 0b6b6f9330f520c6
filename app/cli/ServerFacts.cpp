#include "ServerFacts.h"

#include "AppInfo.h"
#include "ServerConnections.h"
#include "facts/FactsGatherer.h"

#include "RemoteText.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

QList<SshSession *> ServerFacts::sessions() const
{
    return connections ? connections->sessions() : QList<SshSession *>();
}

bool ServerFacts::complete() const
{
    for (const QString &error : errors) {
        if (!error.isEmpty())
            return false;
    }
    return facts.size() == errors.size();
}

bool ServerFacts::readSecretFile(const QString &path, QString *secret, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("--secret-file %1: no such file.").arg(path);
        return false;
    }
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others) {
        *error =
            tr("--secret-file %1 may be read by others: make it mode 0600 (chmod 600).").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("--secret-file %1: %2").arg(path, file.errorString());
        return false;
    }
    // The first line is the secret; a trailing newline from an editor is not part of it.
    *secret =
        QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}

bool ServerFacts::gather(const SetupSpec &spec, const CliOptions &options, QTextStream &out,
                         QTextStream &err, ServerFacts *result)
{
    const QString program = AppInfo::executableName();
    ServerConnections::Policy policy;
    QString secretError;
    if (!ServerConnections::policyFor(options, spec, isatty(STDIN_FILENO), &policy, &secretError)) {
        err << program << ": " << secretError << '\n';
        return false;
    }
    auto name = [&spec](int index) { return spec.servers.at(index).name; };

    QEventLoop loop;
    result->connections = std::make_shared<ServerConnections>(spec, policy);
    ServerConnections &connections = *result->connections;
    QObject::connect(&connections, &ServerConnections::progress, &loop,
                     [&](int index, const QString &line) {
                         out << name(index) << ": " << RemoteText::printable(line) << Qt::endl;
                     });
    QObject::connect(&connections, &ServerConnections::finished, &loop, &QEventLoop::quit);
    connections.start();
    loop.exec();

    result->errors = connections.errors();
    result->facts = QList<HostFacts>(spec.servers.size());
    for (const QString &error : result->errors) {
        if (!error.isEmpty())
            out << RemoteText::printable(error) << Qt::endl;
    }
    if (!connections.allConnected())
        return true; // no facts from half a pair: the caller reports the servers out of reach

    FactsGatherer gatherer(spec, connections.sessions());
    QObject::connect(&gatherer, &FactsGatherer::serverGathered, &loop, [&](int index) {
        const HostFacts &f = gatherer.facts().at(index);
        // The system's name is what the server's /etc/os-release says: remote text.
        out << name(index) << ": "
            << RemoteText::printable(
                   tr("facts gathered: %1")
                       .arg(f.os.prettyName.isEmpty() ? f.os.id : f.os.prettyName))
            << Qt::endl;
    });
    QObject::connect(&gatherer, &FactsGatherer::finished, &loop, &QEventLoop::quit);
    gatherer.start();
    loop.exec();
    result->facts = gatherer.facts();
    result->errors = gatherer.errors();
    for (const QString &error : result->errors) {
        if (!error.isEmpty())
            out << RemoteText::printable(error) << Qt::endl;
    }
    return true;
}
