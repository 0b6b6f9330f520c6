#pragma once

#include "spec/SetupSpec.h"

#include "SshSecrets.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The --secret-file options of the command line, turned into the secrets of each server by
// kind. Two forms:
//  - SERVER:KIND=FILE (KIND: password, passphrase or sudo): that secret of that server only;
//  - FILE: the login secret of the one server whose login needs one (a password login, or a
//    key login with an encrypted key): its password or its key's passphrase. Refused when more
//    than one server, or none, would need it: one server's secret never goes to another.
// Each FILE must be a regular file of mode 0600 or 0400; its first line is the secret.
struct SecretFiles
{
    Q_DECLARE_TR_FUNCTIONS(SecretFiles)

public:
    struct Option
    {
        QString server;                    // empty for the plain form
        std::optional<SshSecretKind> kind; // empty for the plain form
        QString path;
    };

    // One option value; false (with *error) for SERVER:KIND=FILE with an unknown KIND.
    static bool parse(const QString &value, Option *option, QString *error);
    // Reads every file and gives each secret to its server: secrets->at(i) for spec.servers[i].
    static bool load(const QStringList &values, const SetupSpec &spec, QList<SshSecrets> *secrets,
                     QString *error);
};
