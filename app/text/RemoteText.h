#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Text that came from a server (command output, file names, error lines) made safe to show on
// a terminal or in a widget: escape sequences (CSI, OSC, DCS... whether introduced by ESC or by
// their C1 code) are removed whole, and so is every other C0/C1 control character, DEL and the
// bidirectional overrides that would reorder what is shown. Newline and tab stay; everything
// else (all of UTF-8) is kept as it is. The one function every printer of remote text uses.
namespace RemoteText {
QString printable(const QString &text);
QStringList printable(const QStringList &lines);
// The lines of a command's output (as RemoteCommand hands them over) back as its text, each line
// ended by a newline, for the parsers that read the whole output. Nothing is removed.
QByteArray joinedLines(const QStringList &lines);
} // namespace RemoteText
