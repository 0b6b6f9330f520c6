#pragma once

#include <QCoreApplication>
#include <QString>

// The rules for single values of the spec. Each returns an empty string when the value is
// acceptable, or one clear, translated sentence saying what is wrong and what is expected.
// They are ASCII-strict on purpose: every value ends up in shell commands, /etc/hosts or
// /etc/fstab on a server, so look-alike Unicode, spaces and shell metacharacters are refused.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static QString hostName(const QString &value);      // RFC 1123 host name
    static QString ipv4Address(const QString &value);   // dotted quad, no leading zeros
    static QString ipv6Address(const QString &value);   // no zone index
    static QString ipAddress(const QString &value);     // IPv4 or IPv6
    static QString hostOrAddress(const QString &value); // host name or IP address
    static QString sshHost(const QString &value);       // host, address or ~/.ssh/config alias
    static QString port(int value);                     // 1..65535 (0 = not set, allowed)
    static QString userName(const QString &value);      // POSIX login name (empty = not set)
    static QString identityFile(const QString &value);  // a local path, ~/ allowed
    static QString volumeName(const QString &value);    // what the gluster CLI accepts
    static QString absolutePath(const QString &value);  // safe absolute directory path
    static QString devicePath(const QString &value);    // /dev/...
    static QString directoryName(const QString &value); // one path component
    static QString relativeFile(const QString &value);  // a/b/c.html inside a directory
    static QString textLine(const QString &value);      // printable text, one line

    static bool isIPv6(const QString &value) { return ipv6Address(value).isEmpty(); }
    // Canonical text of an address (IPv6 compressed, lower case), as getent prints it.
    static QString canonicalAddress(const QString &value);
    // True when `inner` is `outer` or lies below it ("/a/b" inside "/a", not "/ab").
    static bool pathIsInside(const QString &inner, const QString &outer);
};
