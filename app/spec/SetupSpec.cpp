#include "spec/SetupSpec.h"

QString SshSpec::authName(Auth auth)
{
    switch (auth) {
    case Auth::Agent:
        return QStringLiteral("agent");
    case Auth::Key:
        return QStringLiteral("key");
    case Auth::Password:
        return QStringLiteral("password");
    }
    return QString();
}

bool SshSpec::authFromName(const QString &name, Auth *auth)
{
    for (Auth candidate : {Auth::Agent, Auth::Key, Auth::Password}) {
        if (name == authName(candidate)) {
            *auth = candidate;
            return true;
        }
    }
    return false;
}

QString ServerSpec::roleName(Role role)
{
    return role == Role::Arbiter ? QStringLiteral("arbiter") : QStringLiteral("data");
}

bool ServerSpec::roleFromName(const QString &name, Role *role)
{
    for (Role candidate : {Role::Data, Role::Arbiter}) {
        if (name == roleName(candidate)) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString WebSpec::serverName(Server server)
{
    return server == Server::Apache ? QStringLiteral("apache") : QStringLiteral("none");
}

bool WebSpec::serverFromName(const QString &name, Server *server)
{
    for (Server candidate : {Server::Apache, Server::None}) {
        if (name == serverName(candidate)) {
            *server = candidate;
            return true;
        }
    }
    return false;
}

int SetupSpec::indexOfServer(const QString &name) const
{
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).name == name)
            return i;
    }
    return -1;
}

int SetupSpec::arbiterIndex() const
{
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).isArbiter())
            return i;
    }
    return -1;
}

QList<int> SetupSpec::dataServerIndexes() const
{
    QList<int> indexes;
    for (int i = 0; i < servers.size(); ++i) {
        if (!servers.at(i).isArbiter())
            indexes << i;
    }
    return indexes;
}

SetupSpec::Layout SetupSpec::layout() const
{
    if (hasArbiter())
        return Layout::TwoWithArbiter;
    return volume.replica == 3 || servers.size() >= 3 ? Layout::ThreeCopies : Layout::TwoServers;
}

void SetupSpec::setLayout(Layout layout)
{
    const int count = layout == Layout::TwoServers ? 2 : 3;
    volume.replica = count;
    while (servers.size() > count)
        servers.removeLast();
    while (servers.size() < count)
        servers.append(ServerSpec());
    for (int i = 0; i < servers.size(); ++i) {
        const bool arbiter = layout == Layout::TwoWithArbiter && i == servers.size() - 1;
        servers[i].role = arbiter ? ServerSpec::Role::Arbiter : ServerSpec::Role::Data;
    }
}
