#include "facts/LsblkParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer entry: the parser must return, never crash, leak or read out of bounds, whatever
// the bytes are.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<BlockDevice> devices;
    QString error;
    if (LsblkParser::parse(bytes, &devices, &error)) {
        for (const BlockDevice &d : devices)
            (void)d.isMountedAnywhere();
    }
    return 0;
}
