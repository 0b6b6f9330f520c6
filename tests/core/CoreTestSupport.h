#pragma once

#include "facts/HostFacts.h"
#include "spec/SetupSpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Shared by the core's tests: real bash and shellcheck runs, fixtures, and typical facts.
namespace CoreTestSupport {
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

// Runs a program to completion (30 s at most) with optional stdin.
ProcessResult run(const QString &program, const QStringList &arguments,
                  const QByteArray &input = {}, const QStringList &extraEnvironment = {});
// `bash -c SCRIPT` with LC_ALL=C.
ProcessResult bash(const QString &script, const QStringList &arguments = {});
// shellcheck on a bash text; empty when clean, else its report. Fails loudly (returns the
// reason) when shellcheck is missing: the test must not pass silently.
QString shellcheck(const QString &bashText);
// `bash -n` on a text; empty when the syntax is fine, else bash's complaint.
QString bashSyntax(const QString &bashText);

QString dataPath(const QString &relative); // tests/data/<relative>
QByteArray readData(const QString &relative);
SetupSpec loadSpec(const QString &relative); // from tests/data, QFAIL-free: empty spec on error

// Facts as the gathering would find them on a fresh server of each family: systemd, names
// resolving, a blank disk.
HostFacts debianFacts(const SetupSpec &spec);
HostFacts fedoraFacts(const SetupSpec &spec, SelinuxMode selinux, FirewallKind firewall);
} // namespace CoreTestSupport
