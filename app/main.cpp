#include "AppInfo.h"
#include "CommandLineFront.h"
#include "TranslationLoader.h"
#include "WizardWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

namespace {
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLineFront::wants(arguments) || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(AppInfo::executableName());
        QCoreApplication::setApplicationVersion(AppInfo::version());
        TranslationLoader::install(app);
        if (!CommandLineFront::wants(arguments)) {
            QTextStream(stderr) << AppInfo::name()
                                << ": no display found; use a command (see --help)\n";
            return 2;
        }
        return CommandLineFront().run(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(AppInfo::executableName());
    QApplication::setApplicationDisplayName(AppInfo::name());
    QApplication::setApplicationVersion(AppInfo::version());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gluster_ha_wizard"));
    QApplication::setOrganizationName(QStringLiteral("gluster-ha-wizard"));
    TranslationLoader::install(app);
    WizardWindow window;
    // `--spec FILE` and `--known-hosts FILE` (the demo pair uses both) pre-fill the wizard.
    const int knownHosts = arguments.indexOf(QStringLiteral("--known-hosts"));
    if (knownHosts > 0 && knownHosts + 1 < arguments.size())
        window.setKnownHostsPath(arguments.at(knownHosts + 1));
    const int spec = arguments.indexOf(QStringLiteral("--spec"));
    if (spec > 0 && spec + 1 < arguments.size()) {
        QString error;
        if (!window.openSpec(arguments.at(spec + 1), &error)) {
            QTextStream(stderr) << AppInfo::name() << ": " << error << '\n';
            return 2;
        }
    }
    window.show();
    return app.exec();
}
