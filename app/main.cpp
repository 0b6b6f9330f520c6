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

    const std::optional<CommandLineFront::WindowArguments> window =
        CommandLineFront::windowArguments(arguments);
    if (!window || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(AppInfo::executableName());
        QCoreApplication::setApplicationVersion(AppInfo::version());
        TranslationLoader::install(app);
        if (window) {
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
    WizardWindow wizard;
    if (!window->knownHostsPath.isEmpty())
        wizard.setKnownHostsPath(window->knownHostsPath);
    if (!window->specPath.isEmpty()) {
        QString error;
        if (!wizard.openSpec(window->specPath, &error)) {
            QTextStream(stderr) << AppInfo::name() << ": " << error << '\n';
            return 2;
        }
    }
    wizard.show();
    return app.exec();
}
