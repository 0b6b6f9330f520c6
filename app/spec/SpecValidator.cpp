#include "spec/SpecValidator.h"

#include "spec/FieldRules.h"

#include <QHash>
#include <functional>

namespace {
// Adds a problem unless the field already has one: the first, most basic message wins.
void add(FieldProblems *problems, const QString &field, const QString &message)
{
    if (message.isEmpty())
        return;
    for (const FieldProblem &p : *problems) {
        if (p.field == field)
            return;
    }
    problems->append({field, message});
}

struct ServerRule
{
    const char *field;
    std::function<QString(const ServerSpec &)> check;
};

// The table of per-server value rules, in the order the wizard's page shows the fields.
const QList<ServerRule> &serverRules()
{
    static const QList<ServerRule> rules = {
        {"name", [](const ServerSpec &s) { return FieldRules::hostName(s.name); }},
        {"publicAddress",
         [](const ServerSpec &s) { return FieldRules::hostOrAddress(s.publicAddress); }},
        {"privateName", [](const ServerSpec &s) { return FieldRules::hostName(s.privateName); }},
        {"privateAddress",
         [](const ServerSpec &s) { return FieldRules::ipAddress(s.privateAddress); }},
        {"ssh.host", [](const ServerSpec &s) { return FieldRules::sshHost(s.ssh.host); }},
        {"ssh.port", [](const ServerSpec &s) { return FieldRules::port(s.ssh.port); }},
        {"ssh.user", [](const ServerSpec &s) { return FieldRules::userName(s.ssh.user); }},
        {"ssh.identityFile",
         [](const ServerSpec &s) {
             if (s.ssh.auth != SshSpec::Auth::Key && s.ssh.identityFile.isEmpty())
                 return QString();
             return FieldRules::identityFile(s.ssh.identityFile);
         }},
        {"disk", [](const ServerSpec &s) { return FieldRules::devicePath(s.disk); }},
        {"brickMount", [](const ServerSpec &s) { return FieldRules::absolutePath(s.brickMount); }},
        {"brickDir", [](const ServerSpec &s) { return FieldRules::directoryName(s.brickDir); }},
    };
    return rules;
}

QString serverField(int index, const char *field)
{
    return QStringLiteral("servers[%1].%2").arg(index).arg(QLatin1String(field));
}
} // namespace

FieldProblems SpecValidator::validate(const SetupSpec &spec)
{
    FieldProblems problems;
    validateValues(spec, &problems);
    validateServers(spec, &problems);
    validateAcrossServers(spec, &problems);
    return problems;
}

void SpecValidator::validateValues(const SetupSpec &spec, FieldProblems *problems)
{
    add(problems, QStringLiteral("volume.name"), FieldRules::volumeName(spec.volume.name));
    add(problems, QStringLiteral("mount.path"), FieldRules::absolutePath(spec.mount.path));
    add(problems, QStringLiteral("web.testFile"), FieldRules::relativeFile(spec.web.testFile));
    add(problems, QStringLiteral("web.testContent"), FieldRules::textLine(spec.web.testContent));
    if (spec.web.server == WebSpec::Server::Apache &&
        !spec.web.testFile.startsWith(QLatin1String("html/"))) {
        add(problems, QStringLiteral("web.testFile"),
            tr("With a web server the test file must be under html/ (the document root), so "
               "it can be fetched over HTTP."));
    }
}

void SpecValidator::validateServers(const SetupSpec &spec, FieldProblems *problems)
{
    if (spec.servers.size() < 2) {
        add(problems, QStringLiteral("servers"),
            tr("A highly available pair needs at least two servers."));
    }
    validateRoles(spec, problems);
    if (spec.volume.replica != 2 && spec.volume.replica != 3) {
        add(problems, QStringLiteral("volume.replica"), tr("The replica count must be 2 or 3."));
    } else if (spec.servers.size() >= 2 && spec.volume.replica != spec.servers.size()) {
        add(problems, QStringLiteral("volume.replica"),
            tr("Replica %1 needs exactly %1 servers (one brick on each); the spec has %2.")
                .arg(spec.volume.replica)
                .arg(spec.servers.size()));
    }
    if (spec.volume.replica == 2 && !spec.volume.acknowledgeSplitBrainRisk) {
        add(problems, QStringLiteral("volume.acknowledgeSplitBrainRisk"),
            tr("Replica 2 volumes are prone to split-brain when the servers lose sight of each "
               "other. Confirm that you accept this risk (volume.acknowledgeSplitBrainRisk, or "
               "--accept-split-brain-risk on the command line), or use three servers."));
    }
    for (int i = 0; i < spec.servers.size(); ++i) {
        const ServerSpec &server = spec.servers.at(i);
        for (const ServerRule &rule : serverRules())
            add(problems, serverField(i, rule.field), rule.check(server));
        if (FieldRules::pathIsInside(server.brickMount, spec.mount.path) ||
            FieldRules::pathIsInside(spec.mount.path, server.brickMount)) {
            add(problems, serverField(i, "brickMount"),
                tr("The brick mount %1 and the volume's mount path %2 must not contain each "
                   "other.")
                    .arg(server.brickMount, spec.mount.path));
        }
        if (FieldRules::pathIsInside(server.brickMount, spec.originalContentPath())) {
            add(problems, serverField(i, "brickMount"),
                tr("The brick mount must not be inside %1 (where the old content is kept).")
                    .arg(spec.originalContentPath()));
        }
    }
}

void SpecValidator::validateRoles(const SetupSpec &spec, FieldProblems *problems)
{
    const int arbiter = spec.arbiterIndex();
    if (arbiter < 0)
        return;
    for (int i = arbiter + 1; i < spec.servers.size(); ++i) {
        if (spec.servers.at(i).isArbiter()) {
            add(problems, serverField(i, "role"),
                tr("Only one server can be the arbiter (%1 already is); a replica set has two "
                   "data servers and one arbiter.")
                    .arg(serverField(arbiter, "role")));
        }
    }
    if (arbiter != spec.servers.size() - 1) {
        add(problems, serverField(arbiter, "role"),
            tr("The arbiter must be the last server: Gluster makes the last brick of a replica "
               "set its arbiter, and the first server creates the volume and holds the site."));
    }
    if (spec.volume.replica == 2) {
        add(problems, QStringLiteral("volume.replica"),
            tr("With an arbiter the volume is \"replica 3 arbiter 1\" (two data servers and the "
               "arbiter): set the replica count to 3."));
    }
}

void SpecValidator::validateAcrossServers(const SetupSpec &spec, FieldProblems *problems)
{
    // Names share one namespace (all end up in /etc/hosts and the gluster pool); addresses too.
    QHash<QString, QString> names;     // lower-case name -> first field using it
    QHash<QString, QString> addresses; // canonical address -> first field using it
    QHash<QString, QString> sshTargets;
    auto claim = [problems](QHash<QString, QString> *seen, const QString &key, const QString &field,
                            const QString &what) {
        if (key.isEmpty())
            return;
        const auto it = seen->constFind(key);
        if (it == seen->constEnd()) {
            seen->insert(key, field);
            return;
        }
        add(problems, field,
            tr("%1 \"%2\" is already used by %3; each server needs its own.")
                .arg(what, key, it.value()));
    };
    for (int i = 0; i < spec.servers.size(); ++i) {
        const ServerSpec &s = spec.servers.at(i);
        claim(&names, s.name.toLower(), serverField(i, "name"), tr("The name"));
        claim(&names, s.privateName.toLower(), serverField(i, "privateName"), tr("The name"));
        claim(&addresses, FieldRules::canonicalAddress(s.privateAddress),
              serverField(i, "privateAddress"), tr("The address"));
        claim(&addresses, FieldRules::canonicalAddress(s.publicAddress),
              serverField(i, "publicAddress"), tr("The address"));
        const QString target =
            s.ssh.port == 0 ? s.ssh.host.toLower()
                            : QStringLiteral("%1:%2").arg(s.ssh.host.toLower()).arg(s.ssh.port);
        claim(&sshTargets, target, serverField(i, "ssh.host"), tr("The SSH host"));
    }
}

QString SpecValidator::messageFor(const FieldProblems &problems, const QString &field)
{
    for (const FieldProblem &p : problems) {
        if (p.field == field)
            return p.message;
    }
    return QString();
}

QStringList SpecValidator::describe(const FieldProblems &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    return lines;
}
