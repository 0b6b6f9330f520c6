#pragma once

#include "spec/SetupSpec.h"

#include <QString>

// The read-only bash that gathers one server's facts (`check`). It changes nothing on the
// server: it reads /etc/os-release, asks the package database, lsblk/blkid -p/wipefs -n on the
// spec's disk, findmnt, getent, probes TCP 24007 of every peer with bash's /dev/tcp under
// `timeout`, and asks gluster for its state in XML. Its output is a series of sections that
// FactsOutputParser reads:
//   @@ghw-section NAME@@
//   ...the command's stdout...
//   @@ghw-rc STATUS@@
// Run it like a step: StepCommand::remoteLine(FactsScript::build(...)), as root (blkid -p reads
// the device).
namespace FactsScript {
QString build(const SetupSpec &spec, int serverIndex);
} // namespace FactsScript
