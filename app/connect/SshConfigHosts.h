#pragma once

#include <QString>
#include <QStringList>

// The host aliases an OpenSSH client config declares (`Host web1 web2`), offered on the
// servers page as completions. Patterns with wildcards or negation are not hosts and are left
// out; `Include` files are followed (relative to ~/.ssh, globs allowed), at most a few levels.
class SshConfigHosts
{
public:
    static QStringList fromFile(const QString &path);
    static QStringList fromText(const QString &text, const QString &baseDir = QString());
    static QString defaultConfigPath(); // ~/.ssh/config

private:
    static void collect(const QString &text, const QString &baseDir, int depth, QStringList *out);
};
