// Fuzz target: the SSH wire reader and the host key built on it, on any bytes (a server sends
// its key blob before anything is verified). Reading strings never goes past the end and
// accounts for every byte; once a read fails, every later read fails; a key's type is the
// blob's first wire string, its fingerprint is OpenSSH's form and its base64 reads back.
#include "FuzzInput.h"

#include "SshHostKey.h"
#include "SshWireReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzInput(data, size);

    SshWireReader reader(input);
    qsizetype consumed = 0;
    QByteArray first;
    bool firstRead = false;
    while (!reader.atEnd()) {
        QByteArray value;
        if (!reader.readString(&value))
            break;
        if (!firstRead) {
            first = value;
            firstRead = true;
        }
        consumed += 4 + value.size();
        fuzzRequire(consumed <= input.size());
    }
    if (reader.failed()) {
        QByteArray value;
        quint32 number = 0;
        fuzzRequire(!reader.readString(&value) && !reader.readUint32(&number));
        fuzzRequire(reader.failed());
    } else {
        fuzzRequire(consumed == input.size());
    }

    const SshHostKey key(input);
    fuzzRequire(key.isNull() == input.isEmpty());
    fuzzRequire(key.type() == SshHostKey::typeOfBlob(input));
    fuzzRequire(key.type() == (firstRead ? QString::fromLatin1(first) : QString()));
    fuzzRequire(key.fingerprint().startsWith(QLatin1String("SHA256:")) &&
                key.fingerprint().size() == 7 + 43);
    fuzzRequire(QByteArray::fromBase64(key.base64().toLatin1()) == input);
    fuzzRequire(key.type().isEmpty() || !key.typeLabel().isEmpty());
    return 0;
}
