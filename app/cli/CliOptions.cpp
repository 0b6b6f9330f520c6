#include "CliOptions.h"

#include "SecretFiles.h"

#include <QCommandLineParser>

bool CliOptions::parse(const QStringList &arguments, CliOptions *options, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption assumeOs(QStringLiteral("assume-os"), QString(), QStringLiteral("OS"));
    const QCommandLineOption wipe(QStringLiteral("wipe"), QString(),
                                  QStringLiteral("SERVER:DEVICE"));
    const QCommandLineOption splitBrain(QStringLiteral("accept-split-brain-risk"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-keys"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"), QString(),
                                        QStringLiteral("[SERVER:KIND=]FILE"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption addArbiter(QStringLiteral("add-arbiter"), QString(),
                                        QStringLiteral("NAME"));
    parser.addOptions({output, assumeOs, wipe, splitBrain, yes, json, knownHosts, acceptNew,
                       secretFile, server, addArbiter});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("No command given.");
        return false;
    }
    options->command = positional.at(0);
    if (positional.size() < 2) {
        *error = tr("The %1 command needs a spec file: %1 SPEC.").arg(options->command);
        return false;
    }
    if (positional.size() > 2) {
        *error = tr("Unexpected argument \"%1\".").arg(positional.at(2));
        return false;
    }
    options->specPath = positional.at(1);
    options->output = parser.value(output);
    options->assumeOs = parser.value(assumeOs);
    options->wipes = parser.values(wipe);
    options->acceptSplitBrainRisk = parser.isSet(splitBrain);
    options->yes = parser.isSet(yes);
    options->json = parser.isSet(json);
    options->knownHosts = parser.value(knownHosts);
    options->acceptNewHostKeys = parser.isSet(acceptNew);
    options->secretFiles = parser.values(secretFile);

    if (parser.isSet(assumeOs) && options->assumeOs != QLatin1String("debian") &&
        options->assumeOs != QLatin1String("fedora")) {
        *error = tr("--assume-os takes debian or fedora, not \"%1\".").arg(options->assumeOs);
        return false;
    }
    for (const QString &value : std::as_const(options->secretFiles)) {
        SecretFiles::Option secret;
        if (!SecretFiles::parse(value, &secret, error))
            return false;
    }
    const bool addCommand = options->command == QLatin1String("add-arbiter");
    const bool reviews =
        options->command == QLatin1String("plan") || options->command == QLatin1String("export");
    if (parser.isSet(server) != addCommand) {
        *error = addCommand ? tr("add-arbiter needs the arbiter's name: add-arbiter SPEC --server "
                                 "NAME.")
                            : tr("--server is only for the add-arbiter command.");
        return false;
    }
    if (parser.isSet(addArbiter) && !reviews) {
        *error = tr("--add-arbiter is only for the plan and export commands (add-arbiter SPEC "
                    "--server NAME runs it).");
        return false;
    }
    options->arbiterName = addCommand ? parser.value(server) : parser.value(addArbiter);
    if (parser.isSet(output) && options->command != QLatin1String("export") &&
        options->command != QLatin1String("adopt")) {
        *error = tr("-o/--output is only for the export and adopt commands.");
        return false;
    }
    return true;
}
