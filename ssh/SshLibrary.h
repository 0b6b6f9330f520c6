#pragma once

// libssh2 must be initialised once per process before any session is made and is not
// thread-safe to initialise; SshLibrary::ensureInitialised() does it exactly once.
namespace SshLibrary {
// Returns false (with libssh2's code in *error) when libssh2 could not be initialised.
bool ensureInitialised(int *error = nullptr);
} // namespace SshLibrary
