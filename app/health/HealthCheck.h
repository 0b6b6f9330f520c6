#pragma once

#include <QString>
#include <QStringList>

// One line of a health report: one thing checked on one server (or on the pair).
struct HealthCheck
{
    enum class State { Ok, Warn, Fail, Unknown };

    QString id; // stable, untranslated: "glusterd", "brick", "split-brain", ... (HEALTH-JSON.md)
    QString server;  // the spec's server name; empty for a check of the pair or the volume
    QString subject; // what exactly: a brick, a peer, a file; may be empty
    QString title;   // translated, short
    State state = State::Unknown;
    QString reason; // translated plain words: what is wrong, what it means
    // Exact shell commands that fix it, best first; run on `server` (or any server if empty).
    QStringList fixCommands;
    // A failure here means the site no longer works (not just less redundant).
    bool breaksService = false;
    // How many entries the check counted (heal-pending: entries waiting to be healed;
    // split-brain without a file list: entries in split-brain); -1 when it counts nothing.
    int count = -1;

    static HealthCheck make(const QString &id, const QString &server, const QString &title,
                            State state, const QString &reason);

    static QString stateName(State state); // "ok", "warn", "fail", "unknown"
    static bool stateFromName(const QString &name, State *state);
};
