#include "facts/OsReleaseParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer entry: the parser must return, never crash, leak or read out of bounds, whatever
// the bytes are.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const OsRelease os = OsReleaseParser::parse(QString::fromUtf8(bytes));
    (void)os.family();
    return 0;
}
