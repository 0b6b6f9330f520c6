#pragma once

#include "gluster/GlusterHealBrick.h"
#include "gluster/GlusterResult.h"

#include <QByteArray>
#include <QList>

// Reads the three heal reports; they share one XML shape and differ in the count elements:
//   gluster volume heal V info --xml              entries + numberOfEntries
//   gluster volume heal V info split-brain --xml  entries in split-brain + numberOfEntries
//   gluster volume heal V info summary --xml      the four totals, no entries
// Note: plain `heal info` marks split-brain entries ("Is in split-brain") but its XML does not;
// use `info split-brain` or `info summary` to learn about split-brain.
class HealInfoParser
{
public:
    static GlusterResult<QList<GlusterHealBrick>> parse(const QByteArray &output);
};
