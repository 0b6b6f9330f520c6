#pragma once

#include "spec/SetupSpec.h"

#include <QStringList>

// What the discovery of an existing pair produced: the spec built from it, what was found,
// what could not be found (gaps) and what was assumed. Exit statuses of `adopt`: 0 found,
// 1 found with gaps, 2 nothing usable (then refusal says why and no spec is written).
struct DiscoveredPair
{
    enum class Outcome { Found, FoundWithGaps, NothingUsable };

    SetupSpec spec;
    QStringList found;       // one line per fact, for the confirmation
    QStringList gaps;        // what could not be found or is not as a pair needs it
    QStringList assumptions; // what was assumed instead of found
    QString refusal;         // NothingUsable: why
    QStringList volumes;     // every volume of the pool

    Outcome outcome() const
    {
        if (!refusal.isEmpty())
            return Outcome::NothingUsable;
        return gaps.isEmpty() ? Outcome::Found : Outcome::FoundWithGaps;
    }
    int exitStatus() const { return static_cast<int>(outcome()); }
};
