#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer's bytes as a QByteArray (a copy: parsers may keep slices beyond the call).
inline QByteArray fuzzInput(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// An invariant broke: abort so libFuzzer saves the input as a crash.
inline void fuzzRequire(bool condition)
{
    if (!condition)
        std::abort();
}
