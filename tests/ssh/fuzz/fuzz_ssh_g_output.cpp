// Fuzz target: SshConfigResolver::apply() on any `ssh -G` output: what the endpoint gave is
// kept; a port is only ever one that a "port" line printed as a valid port number (never a
// number cut down to 16 bits); the display name stays the alias asked for.
#include "FuzzInput.h"

#include "SshConfigResolver.h"

#include <QSet>

namespace {
// The ports `ssh -G` could have meant: "port N" lines with N in 1..65535.
QSet<quint16> printedPorts(const QString &text)
{
    QSet<quint16> ports;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0 || line.left(space).toLower() != QLatin1String("port"))
            continue;
        bool ok = false;
        const uint port = line.mid(space + 1).trimmed().toUInt(&ok);
        if (ok && port >= 1 && port <= 65535)
            ports.insert(quint16(port));
    }
    return ports;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzInput(data, size));

    SshEndpoint alias;
    alias.host = QStringLiteral("web");
    const SshEndpoint resolved = SshConfigResolver::apply(alias, text);
    fuzzRequire(resolved.port == 0 || printedPorts(text).contains(resolved.port));
    fuzzRequire(resolved.name == QLatin1String("web"));

    SshEndpoint given;
    given.name = QStringLiteral("server01");
    given.host = QStringLiteral("server01.example.org");
    given.port = 2222;
    given.user = QStringLiteral("admin");
    given.identityFile = QStringLiteral("/keys/id_ed25519");
    given.knownHostsPath = QStringLiteral("/keys/known_hosts");
    const SshEndpoint kept = SshConfigResolver::apply(given, text);
    fuzzRequire(kept.port == 2222 && kept.user == QLatin1String("admin"));
    fuzzRequire(kept.identityFile == given.identityFile);
    fuzzRequire(kept.knownHostsPath == given.knownHostsPath);
    fuzzRequire(kept.name == given.name);
    return 0;
}
