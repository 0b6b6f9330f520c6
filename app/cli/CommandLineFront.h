#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The headless front of the product: `gluster-ha-wizard COMMAND SPEC [options]` as written in
// the product's contract (check, plan, export, apply, health), plus --help and --version.
// It needs no display; it is picked by main() before any QApplication exists.
class CommandLineFront
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineFront)

public:
    // What the window takes from the command line (`--spec FILE`, `--known-hosts FILE`: the
    // demo pair uses both to pre-fill it); empty: not given.
    struct WindowArguments
    {
        QString specPath;
        QString knownHostsPath;
    };
    // The window's arguments when the arguments hold only those options, each followed by its
    // value; nothing when they ask for the command line (so that a mistyped command is a usage
    // error rather than a window). The one reader of the window's options.
    static std::optional<WindowArguments> windowArguments(const QStringList &arguments);
    // True when the arguments ask for the command line rather than the window.
    static bool wants(const QStringList &arguments) { return !windowArguments(arguments); }

    // Runs the command inside an existing QCoreApplication; returns the process exit status.
    int run(const QStringList &arguments);

private:
    static QString usage();
};
