#include "RemoteCommandResult.h"

#include <QCoreApplication>

QString RemoteCommandResult::describe() const
{
    if (error.isError())
        return error.message;
    if (timedOut)
        return QCoreApplication::translate("RemoteCommand", "timed out");
    if (cancelled)
        return QCoreApplication::translate("RemoteCommand", "cancelled");
    if (!exitSignal.isEmpty())
        return QCoreApplication::translate("RemoteCommand", "killed by signal %1").arg(exitSignal);
    if (!gotEof)
        return QCoreApplication::translate("RemoteCommand", "output ended before the command did");
    if (exitStatus == 0)
        return QCoreApplication::translate("RemoteCommand", "succeeded");
    return QCoreApplication::translate("RemoteCommand", "exit status %1").arg(exitStatus);
}
