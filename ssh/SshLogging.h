#pragma once

#include <QLoggingCategory>

// "ghw.ssh": states, commands (always redacted) and errors of the SSH layer. Debug messages
// are off unless enabled (QT_LOGGING_RULES="ghw.ssh.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
