#include "AdoptCommand.h"

#include "AppInfo.h"
#include "CliOptions.h"
#include "SecretFiles.h"
#include "ServerConnections.h"
#include "adopt/PairDiscovery.h"
#include "connect/SshConfigHosts.h"
#include "spec/FieldRules.h"
#include "spec/SpecJson.h"

#include "RemoteText.h"
#include "SshSession.h"

#include <QEventLoop>
#include <QFile>

#include <memory>
#include <optional>

#include <unistd.h>

namespace {
const QString IdentityShort = QStringLiteral("-i");
const QString IdentityLong = QStringLiteral("--identity");
const QString VolumeOption = QStringLiteral("--volume");

// Takes OPTION VALUE (or OPTION=VALUE) out of the arguments. False when the value is missing.
bool takeValue(QStringList *arguments, const QStringList &names, QString *value)
{
    for (int i = 0; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        for (const QString &name : names) {
            if (argument == name) {
                if (i + 1 >= arguments->size())
                    return false;
                *value = arguments->at(i + 1);
                arguments->remove(i, 2);
                return true;
            }
            if (argument.startsWith(name + QLatin1Char('='))) {
                *value = argument.mid(name.size() + 1);
                arguments->removeAt(i);
                return true;
            }
        }
    }
    return true;
}

// The --secret-file options meant for SPEC's servers: SERVER:KIND=FILE of its servers, and the
// plain FILE only for the first server (a secret never goes to another server).
QStringList secretFilesFor(const QStringList &values, const SetupSpec &spec, bool first)
{
    QStringList chosen;
    for (const QString &value : values) {
        SecretFiles::Option option;
        QString error;
        if (!SecretFiles::parse(value, &option, &error))
            continue;
        if (option.server.isEmpty() ? first : spec.indexOfServer(option.server) >= 0)
            chosen << value;
    }
    return chosen;
}

void printList(QTextStream &err, const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    err << title << '\n';
    for (const QString &line : lines)
        err << "  " << RemoteText::printable(line) << '\n';
}
} // namespace

bool AdoptCommand::parseTarget(const QString &target, SshSpec *ssh, QString *error)
{
    QString rest = target;
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        ssh->user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString port;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = tr("\"%1\": a [ without its ].").arg(target);
            return false;
        }
        ssh->host = rest.mid(1, close - 1);
        if (rest.mid(close + 1).startsWith(QLatin1Char(':')))
            port = rest.mid(close + 2);
        else if (close + 1 < rest.size()) {
            *error = tr("\"%1\": unexpected text after ].").arg(target);
            return false;
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        ssh->host = rest.section(QLatin1Char(':'), 0, 0);
        port = rest.section(QLatin1Char(':'), 1);
    } else {
        ssh->host = rest;
    }
    if (!port.isEmpty()) {
        bool ok = false;
        ssh->port = port.toInt(&ok);
        if (!ok) {
            *error = tr("\"%1\": the port must be a number.").arg(target);
            return false;
        }
    }
    for (const QString &problem : {FieldRules::sshHost(ssh->host), FieldRules::userName(ssh->user),
                                   FieldRules::port(ssh->port)}) {
        if (!problem.isEmpty()) {
            *error = QStringLiteral("\"%1\": %2").arg(target, problem);
            return false;
        }
    }
    return true;
}

int AdoptCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = AppInfo::executableName();
    const auto usageError = [&](const QString &error) {
        err << program << ": " << error << '\n' << tr("See --help.") << '\n';
        return 2;
    };
    QStringList remaining = arguments;
    QString identity;
    QString volume;
    if (!takeValue(&remaining, {IdentityShort, IdentityLong}, &identity))
        return usageError(tr("-i needs the path of a private key."));
    if (!takeValue(&remaining, {VolumeOption}, &volume))
        return usageError(tr("--volume needs the name of a volume."));
    if (remaining.size() < 3 || remaining.at(2).startsWith(QLatin1Char('-')))
        return usageError(tr("adopt needs one server: adopt [USER@]HOST[:PORT]."));
    CliOptions options;
    QString error;
    if (!CliOptions::parse(remaining, &options, &error))
        return usageError(error);

    SshSpec first;
    if (!parseTarget(options.specPath, &first, &error))
        return usageError(error);
    if (!identity.isEmpty()) {
        if (const QString problem = FieldRules::identityFile(identity); !problem.isEmpty())
            return usageError(QStringLiteral("-i: ") + problem);
        first.auth = SshSpec::Auth::Key;
        first.identityFile = identity;
    }
    if (!volume.isEmpty()) {
        if (const QString problem = FieldRules::volumeName(volume); !problem.isEmpty())
            return usageError(QStringLiteral("--volume: ") + problem);
    }

    ServerConnections::Policy policy;
    policy.knownHostsPath = options.knownHosts;
    policy.acceptNewHostKeys = options.acceptNewHostKeys;
    policy.mayPrompt = isatty(STDIN_FILENO);
    const auto policyFor = [&](const SetupSpec &spec, bool isFirst, QString *problem) {
        ServerConnections::Policy forSpec = policy;
        if (!SecretFiles::load(secretFilesFor(options.secretFiles, spec, isFirst), spec,
                               &forSpec.secrets, problem))
            return std::optional<ServerConnections::Policy>();
        return std::optional<ServerConnections::Policy>(forSpec);
    };

    SetupSpec firstSpec;
    ServerSpec firstServer;
    firstServer.name = first.host;
    firstServer.ssh = first;
    firstSpec.servers << firstServer;
    const auto firstPolicy = policyFor(firstSpec, true, &error);
    if (!firstPolicy) {
        err << program << ": " << error << '\n';
        return 2;
    }

    PairDiscovery discovery(first, volume,
                            SshConfigHosts::fromFile(SshConfigHosts::defaultConfigPath()));
    QObject::connect(&discovery, &PairDiscovery::progress, &discovery,
                     [&](const QString &line) { err << RemoteText::printable(line) << '\n'; });
    ServerConnections firstConnection(firstSpec, *firstPolicy);
    QObject::connect(&firstConnection, &ServerConnections::progress, &discovery,
                     [&](int, const QString &line) {
                         err << first.host << ": " << RemoteText::printable(line) << '\n';
                     });
    QObject::connect(&firstConnection, &ServerConnections::finished, &discovery, [&] {
        SshSession *session = firstConnection.sessions().value(0);
        if (session && session->isConnected())
            discovery.readFirst(session);
        else
            discovery.firstUnreachable(firstConnection.errors().value(0));
    });

    std::unique_ptr<ServerConnections> members;
    QList<bool> handedOver;
    QObject::connect(&discovery, &PairDiscovery::membersNeeded, &discovery, [&] {
        const SetupSpec spec = discovery.membersToConnect();
        handedOver = QList<bool>(spec.servers.size(), false);
        QString problem;
        auto memberPolicy = policyFor(spec, false, &problem);
        if (!memberPolicy) {
            for (int i = 0; i < spec.servers.size(); ++i)
                discovery.memberUnreachable(i, problem);
            return;
        }
        members = std::make_unique<ServerConnections>(spec, *memberPolicy);
        ServerConnections *connections = members.get();
        QObject::connect(connections, &ServerConnections::progress, &discovery,
                         [&, spec, connections](int index, const QString &line) {
                             SshSession *session = connections->sessions().value(index);
                             if (session && session->isConnected() && !handedOver.at(index)) {
                                 handedOver[index] = true;
                                 discovery.memberConnected(index, session);
                             }
                             err << spec.servers.at(index).name << ": "
                                 << RemoteText::printable(line) << '\n';
                         });
        QObject::connect(connections, &ServerConnections::finished, &discovery, [&, connections] {
            for (int i = 0; i < handedOver.size(); ++i) {
                if (!handedOver.at(i)) {
                    handedOver[i] = true;
                    discovery.memberUnreachable(i, connections->errors().value(i));
                }
            }
        });
        connections->start();
    });

    QEventLoop loop;
    QObject::connect(&discovery, &PairDiscovery::finished, &loop, &QEventLoop::quit);
    firstConnection.start();
    if (!discovery.isFinished())
        loop.exec();

    const DiscoveredPair &pair = discovery.result();
    if (pair.outcome() == DiscoveredPair::Outcome::NothingUsable) {
        err << program << ": adopt: " << RemoteText::printable(pair.refusal) << '\n';
        return 2;
    }
    printList(err, tr("Found:"), pair.found);
    printList(err, tr("Gaps:"), pair.gaps);
    printList(err, tr("Assumed:"), pair.assumptions);
    if (options.output.isEmpty() || options.output == QLatin1String("-")) {
        out << QString::fromUtf8(SpecJson::toJson(pair.spec));
        out.flush();
    } else {
        if (!SpecJson::save(pair.spec, options.output, &error)) {
            err << program << ": " << error << '\n';
            return 2;
        }
        err << tr("Spec written to %1.").arg(options.output) << '\n';
    }
    if (pair.outcome() == DiscoveredPair::Outcome::FoundWithGaps)
        err << tr("adopt: found, with %n gap(s) (listed above).", nullptr,
                  static_cast<int>(pair.gaps.size()))
            << '\n';
    else
        err << tr("adopt: found.") << '\n';
    return pair.exitStatus();
}
