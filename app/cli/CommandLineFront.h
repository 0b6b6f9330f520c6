#pragma once

#include <QCoreApplication>
#include <QStringList>

// The headless front of the product: `gluster-ha-wizard COMMAND SPEC [options]` as written in
// the product's contract (check, plan, export, apply, health), plus --help and --version.
// It needs no display; it is picked by main() before any QApplication exists.
class CommandLineFront
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineFront)

public:
    // True when the arguments ask for the command line rather than the window.
    static bool wants(const QStringList &arguments);

    // Runs the command inside an existing QCoreApplication; returns the process exit status.
    int run(const QStringList &arguments);

private:
    static QString usage();
};
