#pragma once

#include <QString>

// Names and version of the product, shared by the window, the command line and the exporter.
namespace AppInfo {
QString name();           // "Gluster HA Wizard"
QString executableName(); // "gluster-ha-wizard"
QString version();        // from the project() version in CMake
} // namespace AppInfo
