#pragma once

#include "spec/ServerSpec.h"

#include <QList>
#include <QString>

struct VolumeSpec
{
    QString name = QStringLiteral("var-www");
    int replica = 2;
    // Replica 2 is prone to split-brain (Gluster asks before creating one). The product asks
    // the administrator instead and records the answer here; without it no volume is created.
    bool acknowledgeSplitBrainRisk = false;
};

struct MountSpec
{
    QString path = QStringLiteral("/var/www");
};

struct WebSpec
{
    enum class Server { Apache, None };

    Server server = Server::Apache;
    QString testFile = QStringLiteral("html/index.html"); // relative to the mount path
    QString testContent = QStringLiteral("Hello, World!");

    static QString serverName(Server server);
    static bool serverFromName(const QString &name, Server *server);
};

// The typed model of the setup spec (the product's contract, version 1): what the wizard's pages
// edit and what the command line reads from a JSON file.
struct SetupSpec
{
    static constexpr int kCurrentVersion = 1;

    int version = kCurrentVersion;
    VolumeSpec volume;
    MountSpec mount;
    WebSpec web;
    QList<ServerSpec> servers;

    int indexOfServer(const QString &name) const;
    // The arbiter's index (the last server when there is one), or -1.
    int arbiterIndex() const;
    bool hasArbiter() const { return arbiterIndex() >= 0; }
    // The servers that hold full copies, mount the volume and serve the site (all but the arbiter).
    QList<int> dataServerIndexes() const;

    // The three shapes a replica set can take: two data servers (split-brain risk accepted),
    // two data servers and an arbiter ("replica 3 arbiter 1"), or three data servers (replica 3).
    enum class Layout { TwoServers, TwoWithArbiter, ThreeCopies };
    Layout layout() const;
    // Reshapes the spec to the layout: the replica count, a third server (the arbiter, last, or
    // a data server) added with empty fields or the third one removed, the other servers kept.
    void setLayout(Layout layout);
    // Where the mount path's previous content is kept (the seed's /var/www.orig).
    QString originalContentPath() const { return mount.path + QStringLiteral(".orig"); }
};
