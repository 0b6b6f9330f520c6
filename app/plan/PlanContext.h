#pragma once

#include "facts/HostFacts.h"
#include "spec/SetupSpec.h"
#include "spec/WipeRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

// What every step builder reads: the spec, the facts of each server (same order as
// spec.servers) and the decisions of this run (disks the administrator allowed to wipe).
struct PlanContext
{
    const SetupSpec &spec;
    const QList<HostFacts> &facts;
    const QList<WipeRequest> &wipes;

    const ServerSpec &server(int index) const { return spec.servers.at(index); }
    const HostFacts &factsOf(int index) const { return facts.at(index); }
    int serverCount() const { return static_cast<int>(spec.servers.size()); }
    bool hasWebServer() const { return spec.web.server == WebSpec::Server::Apache; }
    // An arbiter holds a brick and runs glusterd only: it mounts nothing and serves nothing.
    bool mountsVolume(int index) const { return !server(index).isArbiter(); }
    bool servesWeb(int index) const { return hasWebServer() && mountsVolume(index); }

    // "<kind>:<server name>": stable across runs, unique within a plan.
    QString stepId(const char *kind, int index) const
    {
        return QLatin1String(kind) + QLatin1Char(':') + server(index).name;
    }
    QStringList stepIds(const char *kind) const
    {
        QStringList ids;
        for (int i = 0; i < serverCount(); ++i)
            ids << stepId(kind, i);
        return ids;
    }
    QStringList privateNamesExcept(int index) const
    {
        QStringList names;
        for (int i = 0; i < serverCount(); ++i) {
            if (i != index)
                names << server(i).privateName;
        }
        return names;
    }
};
