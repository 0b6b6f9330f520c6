#include "health/HealthCheck.h"

HealthCheck HealthCheck::make(const QString &id, const QString &server, const QString &title,
                              State state, const QString &reason)
{
    HealthCheck check;
    check.id = id;
    check.server = server;
    check.title = title;
    check.state = state;
    check.reason = reason;
    return check;
}

QString HealthCheck::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Warn:
        return QStringLiteral("warn");
    case State::Fail:
        return QStringLiteral("fail");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

bool HealthCheck::stateFromName(const QString &name, State *state)
{
    for (State candidate : {State::Ok, State::Warn, State::Fail, State::Unknown}) {
        if (stateName(candidate) == name) {
            *state = candidate;
            return true;
        }
    }
    return false;
}
