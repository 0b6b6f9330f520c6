#include "facts/MountTableParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer entry: the parser must return, never crash, leak or read out of bounds, whatever
// the bytes are.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<MountEntry> entries;
    if (MountTableParser::parse(bytes, &entries))
        (void)MountTableParser::at(entries, QStringLiteral("/var/www"));
    return 0;
}
