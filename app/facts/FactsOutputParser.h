#pragma once

#include "facts/HostFacts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One section of FactsScript's output: its name, the command's stdout and exit status.
struct FactsSection
{
    QString name;
    QString text;
    int status = -1; // -1 when the section was cut off before its status line
};

// Reads FactsScript's output into HostFacts. Each section goes to its own parser; a section
// that is missing or unreadable leaves its facts unknown and adds a line to parseProblems.
// Never crashes on any input (fuzzed).
class FactsOutputParser
{
    Q_DECLARE_TR_FUNCTIONS(FactsOutputParser)

public:
    static QList<FactsSection> sections(const QString &output);
    static HostFacts parse(const QString &output);

    // The small one-word sections, exposed for tests.
    static SelinuxMode parseSelinux(const QString &text);
    static FirewallKind parseFirewall(const QString &firewalld, const QString &ufw);
    static PortState parsePort(const QString &text);
};
