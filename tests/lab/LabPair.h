#pragma once

#include "SshEndpoint.h"

#include <QList>
#include <QString>

class SshSession;
class QObject;

// The lab as seen from a C++ test: where its admin side is, the SSH endpoints of its servers,
// and a way to look inside a node without SSH (for independent checks).
class LabPair
{
public:
    LabPair();

    // Empty when the lab is up and its admin side is readable; else why not (the test fails).
    QString problem() const;
    QString adminDir() const { return m_adminDir; }
    QString specPath() const { return m_adminDir + QStringLiteral("/spec.json"); }
    QString knownHostsPath() const { return m_adminDir + QStringLiteral("/known_hosts"); }
    QString labTool() const;

    // server01 = 0, server02 = 1; root by the admin key.
    SshEndpoint endpoint(int index) const;
    QString nodeName(int index) const;

    // Connects a session to each server; null and *error set when one does not connect in time.
    QList<SshSession *> connectAll(QObject *parent, QString *error) const;

    // `lab.sh exec NODE bash -c SCRIPT` (inside the node, no SSH); returns its exit status.
    int exec(int index, const QString &script, QString *output = nullptr) const;
    // `lab.sh ARGS...` (sshd stop/kill/start, link up/down, fresh...); returns its exit status.
    int lab(const QStringList &arguments, QString *output = nullptr) const;

private:
    QString m_adminDir;
};
