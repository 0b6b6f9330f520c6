#pragma once

#include "spec/SetupSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// `--wipe SERVER:DEVICE`: the administrator's explicit permission to erase a disk that already
// holds a filesystem, partition table or other signature. Without it such a disk is refused; a
// mounted disk is refused even with it (the step checks that on the server at run time).
// It is a decision for one run, not part of the spec file.
struct WipeRequest
{
    Q_DECLARE_TR_FUNCTIONS(WipeRequest)

public:
    QString server;
    QString device;

    bool operator==(const WipeRequest &other) const
    {
        return server == other.server && device == other.device;
    }

    // Parses "server01:/dev/vdb" and checks it names a server of the spec and that server's
    // disk. On failure returns false and sets *error to one clear sentence.
    static bool parse(const QString &text, const SetupSpec &spec, WipeRequest *request,
                      QString *error);
    static bool covers(const QList<WipeRequest> &wipes, const QString &server,
                       const QString &device);
};
