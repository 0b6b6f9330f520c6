#pragma once

#include "SshError.h"
#include "SshSession.h"

#include <QList>
#include <QString>

// The chain of checks the connectivity page shows for each server, in the order they happen:
// reach the SSH server, verify its host key, log in, become root, read the facts, then judge
// the names and the Gluster port between the peers.
enum class ConnectionCheck { Reach, HostKey, Login, Privileges, Facts, Names, PeerPort };

// Where one check of one server stands. NeedsDecision: the administrator must answer (an
// unknown host key, a password) before the chain goes on. Skipped: an earlier check failed.
// NotChecked: the check ran but could not establish what it checks (a private name that does
// not resolve yet, a port whose answer could not be read); never a pass, its detail says why,
// and it does not stop the chain by itself (ReadinessCheck judges whether the setup may go on).
enum class CheckStatus { Pending, Running, NeedsDecision, Passed, Failed, Skipped, NotChecked };

namespace ConnectionChecks {
QList<ConnectionCheck> all();
QString title(ConnectionCheck check); // translated, short: "Host key"
// The check an SSH failure belongs to (a changed host key fails "Host key", a wrong password
// "Log in"); Reach for transport problems.
ConnectionCheck forError(SshError::Kind kind);
// The check that is running while a session is in this state.
ConnectionCheck forState(SshSession::State state);
bool isFinal(CheckStatus status);
// Passed or NotChecked: the chain may go on (a NotChecked row is still shown as not a pass).
bool letsThrough(CheckStatus status);
} // namespace ConnectionChecks
