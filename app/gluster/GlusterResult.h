#pragma once

#include "gluster/GlusterFailure.h"

// What every gluster parser returns: the typed value (default-constructed, or partly filled
// only as far as it is trustworthy, when the output was unusable) and why it failed.
template<typename T> struct GlusterResult
{
    T value{};
    GlusterFailure failure;

    bool ok() const { return !failure.isFailure(); }
    QString errorString() const { return failure.message(); }
};
