#include "SshLibrary.h"

#include <libssh2.h>

#include <mutex>

namespace SshLibrary {
bool ensureInitialised(int *error)
{
    static std::once_flag once;
    static int result = 0;
    std::call_once(once, [] { result = libssh2_init(0); });
    if (error)
        *error = result;
    return result == 0;
}
} // namespace SshLibrary
