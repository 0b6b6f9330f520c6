#pragma once

#include <QString>

// The catalogue of the commands that read a server's state: each one is built here and only
// here, read by one parser, and bounded by one timeout policy. The facts script, the plan's
// checks, the result page, the health probe and the failover drill all take their command text
// from here, so what is reviewed, exported and run is the same text wherever it is read.
//
// Words: a `volumeWord` or `pathWord` is one shell word, already quoted: ShellQuote::quote(value)
// for a command sent on its own, or a script's variable such as "\"$vol\"".
//
// Output is parsed in the C locale: every command starts with LC_ALL=C (the plan's steps also
// run under it; the probes send these commands on their own).
namespace RemoteReads {
// The one timeout policy of a gluster read. A gluster CLI waits up to 120 s for a peer that
// went silent; coreutils `timeout` ends it after `seconds` (SIGKILL one second later), and the
// CLI's own --timeout gives up one second earlier, so the remote process ends too and does not
// keep glusterd's volume lock. Default for the plan's steps and the facts script; the health
// probe and the drill pass the bound their options give (at least 2).
constexpr int GlusterSeconds = 30;
// `gluster --mode=script ARGUMENTS` under that policy (ARGUMENTS are shell text, quoted).
QString gluster(const QString &arguments, int seconds = GlusterSeconds);

// Whether glusterd answers (exit status only; the output is thrown away): the waits after
// starting glusterd poll it with a short bound.
QString poolList(int seconds = GlusterSeconds);
// The pool's members, this server included (`pool list`). Parser: PeerStatusParser (gluster/).
QString poolMembers(int seconds = GlusterSeconds);
// The value in effect of one volume option (`volume get VOL OPTION`: a table, read with awk
// in the options step). optionWord is one shell word.
QString volumeOption(const QString &volumeWord, const QString &optionWord,
                     int seconds = GlusterSeconds);
// Parser: PeerStatusParser (gluster/); in scripts, StepSnippets::peerConnected().
QString peerStatus(int seconds = GlusterSeconds);
// Parser: VolumeInfoParser (gluster/); in scripts, StepSnippets::volumeBricks() and the start
// check's <statusStr>. The word `all` reads every volume of the pool.
QString volumeInfo(const QString &volumeWord, int seconds = GlusterSeconds);
// The same as plain text, shown as it is (the result page): no parser.
QString volumeInfoText(const QString &volumeWord, int seconds = GlusterSeconds);
// Parser: VolumeStatusParser (gluster/).
QString volumeStatus(const QString &volumeWord, int seconds = GlusterSeconds);
// Parser: HealInfoParser (gluster/), both.
QString healSummary(const QString &volumeWord, int seconds = GlusterSeconds);
QString healSplitBrain(const QString &volumeWord, int seconds = GlusterSeconds);

// The mount table and /etc/fstab as findmnt's JSON. Parser: MountTableParser (facts/), which
// gives MountEntry. Without pathWord every entry (the facts script); with it, only the mount
// at that path (status 1 and no output when there is none): for fstab only that line, since
// the others may carry credentials of other mounts.
QString mounts(const QString &pathWord = QString());
QString fstab(const QString &pathWord = QString());
// A script's guard before it touches files under a mount: the script ends with `status` and
// a message on stderr when pathWord holds no glusterfs mount (the file would land on the local
// disk underneath). Shell text ending in a newline, to put in front of the script.
QString requireGlusterMount(const QString &path, int status);

// What a server mounts the volume from, as fstab and findmnt write it: "privateName:/volume".
// The mount step writes it; readiness (fstab) and health (mount, fstab) compare with it.
QString volumeSource(const QString &privateName, const QString &volume);
} // namespace RemoteReads
