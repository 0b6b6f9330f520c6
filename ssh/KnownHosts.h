#pragma once

#include "SshHostKey.h"

#include <QList>
#include <QString>
#include <QStringList>

// OpenSSH's known_hosts file, read and written the way OpenSSH does: plain and hashed (`|1|`)
// host names, `[host]:port` for ports other than 22, comma-separated patterns with `*`, `?` and
// `!` negation, `@revoked` keys, and `@cert-authority` lines (listed by certificateAuthorities();
// they never match a plain key). Usable without any session, e.g. by the command line.
class KnownHosts
{
public:
    enum class Status {
        Unknown, // no key of this type is recorded for the host
        Match,   // this exact key is recorded for the host
        Changed, // another key of the same type is recorded: refuse, possible attack
        Revoked, // this key is marked @revoked: refuse
    };
    struct CheckResult
    {
        Status status = Status::Unknown;
        int line = 0;                // 1-based line that matched, changed or revoked; 0 if none
        QStringList otherKnownTypes; // for Unknown: key types that are recorded for the host
    };
    enum class HashMode { Plain, Hashed };

    explicit KnownHosts(const QString &path);

    QString path() const { return m_path; }
    // Reads the file. A missing file is an empty list, not an error.
    bool load(QString *error = nullptr);

    CheckResult check(const QString &host, quint16 port, const SshHostKey &key) const;
    // The same for a name as OpenSSH looks it up (lookupName(), or a HostKeyAlias).
    CheckResult check(const QString &name, const SshHostKey &key) const;
    // Key types recorded for the host, in file order: the handshake prefers these.
    QStringList knownKeyTypes(const QString &host, quint16 port) const;
    QStringList knownKeyTypes(const QString &name) const;
    // The CA keys of the @cert-authority lines for the name (lookup form, as for check()).
    QList<QByteArray> certificateAuthorities(const QString &name) const;
    // Appends a line for the host (creating the file and its folder if needed).
    bool add(const QString &host, quint16 port, const SshHostKey &key,
             HashMode mode = HashMode::Plain, QString *error = nullptr);
    bool add(const QString &name, const SshHostKey &key, HashMode mode = HashMode::Plain,
             QString *error = nullptr);

    // The name OpenSSH looks up: "host" for port 22, otherwise "[host]:port".
    static QString lookupName(const QString &host, quint16 port);
    static QString hashedName(const QString &name, const QByteArray &salt);
    static bool patternMatches(const QString &name, const QString &pattern);

private:
    enum class Marker { None, Revoked, CertAuthority };
    struct Entry
    {
        Marker marker = Marker::None;
        QString hosts; // the first field: patterns or a hashed name
        QString keyType;
        QByteArray blob;
        int line = 0;
    };
    static bool hostsFieldMatches(const QString &hosts, const QString &name);

    QString m_path;
    QList<Entry> m_entries;
};
