// Fuzz target: KnownHosts reads any known_hosts file; every lookup's answer is consistent (a line
// number only for a found key, and one of the file's lines; a matched key's type is among the
// host's known types); and a key it appends, plain or hashed, is read back as a match, whatever
// the file held before (a last line without its newline included).
#include "FuzzInput.h"

#include "KnownHosts.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
// Two throwaway public keys (tests/data/ssh/host-key-blob): the seeds hold them too.
const SshHostKey &ed25519Key()
{
    static const SshHostKey key(QByteArray::fromBase64(
        "AAAAC3NzaC1lZDI1NTE5AAAAIP2X9+kuHR0Af8mxlsMgt4MD5aCp9UtqpGIXFdrRwJXN"));
    return key;
}

const SshHostKey &ecdsaKey()
{
    static const SshHostKey key(QByteArray::fromBase64(
        "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBMvQZmXS3zYl0ANMgesjF9FOX0ptNPr4+"
        "bKopINhxr42aM0ku9/N+2+3pJ2Pcr3s/hhZOjqEi5apcnl3RhFnS+w="));
    return key;
}

void requireConsistent(const KnownHosts &hosts, const QString &host, quint16 port,
                       const SshHostKey &key, qsizetype lineCount)
{
    const KnownHosts::CheckResult result = hosts.check(host, port, key);
    if (result.status == KnownHosts::Status::Unknown) {
        fuzzRequire(result.line == 0);
    } else {
        fuzzRequire(result.line >= 1 && result.line <= lineCount);
        fuzzRequire(result.otherKnownTypes.isEmpty());
    }
    if (result.status == KnownHosts::Status::Match)
        fuzzRequire(hosts.knownKeyTypes(host, port).contains(key.type()));
    fuzzRequire(!result.otherKnownTypes.contains(key.type()));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const QByteArray input = fuzzInput(data, size);
    {
        QFile file(path);
        fuzzRequire(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fuzzRequire(file.write(input) == input.size());
    }
    const qsizetype lineCount = input.count('\n') + 1;

    KnownHosts hosts(path);
    fuzzRequire(hosts.load());
    const QList<QPair<QString, quint16>> names = {
        {QStringLiteral("server01"), 22},           {QStringLiteral("198.18.1.12"), 22},
        {QStringLiteral("server02-private"), 2222}, {QStringLiteral("www.example.org"), 22},
        {QStringLiteral("bad.example.org"), 22},    {QStringLiteral("web01"), 22},
        {QStringLiteral("127.0.0.1"), 2200}};
    for (const auto &[host, port] : names) {
        for (const SshHostKey *key : {&ed25519Key(), &ecdsaKey()})
            requireConsistent(hosts, host, port, *key, lineCount);
    }

    // Appended, then read back by a fresh reader: found (or revoked, if the file revokes it).
    for (const auto mode : {KnownHosts::HashMode::Plain, KnownHosts::HashMode::Hashed}) {
        const QString host = mode == KnownHosts::HashMode::Plain ? QStringLiteral("added.example")
                                                                 : QStringLiteral("hashed.example");
        fuzzRequire(hosts.add(host, 2200, ed25519Key(), mode));
        KnownHosts reread(path);
        fuzzRequire(reread.load());
        const KnownHosts::Status status = reread.check(host, 2200, ed25519Key()).status;
        fuzzRequire(status == KnownHosts::Status::Match || status == KnownHosts::Status::Revoked);
    }
    return 0;
}
