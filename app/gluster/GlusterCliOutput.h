#pragma once

#include "gluster/GlusterResult.h"
#include "gluster/GlusterXmlElement.h"

#include <QByteArray>

// The envelope shared by every `gluster ... --xml` answer: finds the XML (or classifies the plain
// text printed instead), reads it into a tree, and checks <opRet>. Never throws; any input
// gives either the <cliOutput> element or a GlusterFailure.
class GlusterCliOutput
{
public:
    // Deeper than any real gluster answer (about 7 levels): bounds memory on hostile input.
    static constexpr int MaxDepth = 32;
    // Bounds the tree built from an unexpected, huge document.
    static constexpr int MaxElements = 200000;

    static GlusterResult<GlusterXmlElement> parse(const QByteArray &output);

    // Integer helpers for gluster's fields, where "N/A" and "-" mean "no value".
    static bool toInt(const QString &text, int *value);
};
