#include "SecretFiles.h"

#include "ServerFacts.h"
#include "connect/PairConnector.h"

#include "PrivateKeyFile.h"

#include <QRegularExpression>

bool SecretFiles::parse(const QString &value, Option *option, QString *error)
{
    // A server name holds no '/', ':' or '=': "./a:b=c" or "/x/a:b=c" stay plain file names.
    static const QRegularExpression perServer(QStringLiteral("^([^/:=]+):([^/:=]*)=(.+)$"));
    const QRegularExpressionMatch match = perServer.match(value);
    *option = {};
    if (!match.hasMatch()) {
        option->path = value;
        return true;
    }
    option->server = match.captured(1);
    option->kind = sshSecretKindFromName(match.captured(2));
    option->path = match.captured(3);
    if (!option->kind) {
        *error = tr("--secret-file %1: the kind of secret must be password, passphrase or sudo, "
                    "not \"%2\".")
                     .arg(value, match.captured(2));
        return false;
    }
    return true;
}

namespace {
// The servers whose login asks for a secret: a password login, or a key that is encrypted.
QList<int> serversNeedingLoginSecret(const SetupSpec &spec)
{
    QList<int> needing;
    for (int i = 0; i < spec.servers.size(); ++i) {
        const ServerSpec &server = spec.servers.at(i);
        const SshEndpoint endpoint = PairConnector::endpointFor(server, QString());
        if (server.ssh.auth == SshSpec::Auth::Password ||
            (server.ssh.auth == SshSpec::Auth::Key &&
             PrivateKeyFile::inspect(endpoint.identityFile).isEncrypted()))
            needing << i;
    }
    return needing;
}

int serverIndex(const SetupSpec &spec, const QString &name)
{
    for (int i = 0; i < spec.servers.size(); ++i) {
        if (spec.servers.at(i).name == name)
            return i;
    }
    return -1;
}
} // namespace

bool SecretFiles::load(const QStringList &values, const SetupSpec &spec, QList<SshSecrets> *secrets,
                       QString *error)
{
    *secrets = QList<SshSecrets>(spec.servers.size());
    QStringList given; // "index:kind", to refuse the same secret twice
    for (const QString &value : values) {
        Option option;
        if (!parse(value, &option, error))
            return false;
        // An unsafe file is refused first, whatever it was meant for.
        QString secret;
        if (!ServerFacts::readSecretFile(option.path, &secret, error))
            return false;
        int index = -1;
        SshSecretKind kind = SshSecretKind::Password;
        if (option.kind) {
            index = serverIndex(spec, option.server);
            if (index < 0) {
                QStringList names;
                for (const ServerSpec &server : spec.servers)
                    names << server.name;
                *error = tr("--secret-file %1: the spec has no server \"%2\" (it has %3).")
                             .arg(value, option.server, names.join(QLatin1String(", ")));
                return false;
            }
            kind = *option.kind;
        } else {
            const QList<int> needing = serversNeedingLoginSecret(spec);
            if (needing.size() != 1) {
                *error = needing.isEmpty()
                             ? tr("--secret-file %1: no server of the spec logs in with a "
                                  "password or an encrypted key; say which server and kind of "
                                  "secret it is: --secret-file SERVER:sudo=FILE.")
                                   .arg(value)
                             : tr("--secret-file %1: more than one server logs in with a "
                                  "password or an encrypted key; give each its own: "
                                  "--secret-file SERVER:password=FILE or "
                                  "SERVER:passphrase=FILE.")
                                   .arg(value);
                return false;
            }
            index = needing.first();
            kind = PairConnector::typedSecretKind(spec.servers.at(index).ssh.auth);
        }
        const QString slot = QStringLiteral("%1:%2").arg(index).arg(int(kind));
        if (given.contains(slot)) {
            *error = tr("--secret-file: the %1 of %2 is given twice.")
                         .arg(sshSecretKindName(kind), spec.servers.at(index).name);
            return false;
        }
        given << slot;
        (*secrets)[index].set(kind, secret);
    }
    return true;
}
