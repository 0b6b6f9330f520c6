#include "SshLogging.h"

Q_LOGGING_CATEGORY(lcSsh, "ghw.ssh", QtInfoMsg)
