#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Fills @NAME@ placeholders of a bash text with values, each through ShellQuote, in one pass
// (a value that itself contains "@X@" or "%1" is never expanded again). Placeholders are
// upper-case words between @ signs, which bash itself never writes ("$@" and "[@]" don't match).
// An unknown placeholder is a programming error: it stays visible in the text, and
// unresolvedPlaceholders() lets tests catch it.
class ShellTemplate
{
public:
    explicit ShellTemplate(QString text);

    ShellTemplate &set(const QString &name, const QString &value);
    // A bash word list: each value quoted, joined by spaces (use inside `( )` or as arguments).
    ShellTemplate &setList(const QString &name, const QStringList &values);

    QString text() const;
    static QStringList unresolvedPlaceholders(const QString &text);

private:
    QString m_text;
    QHash<QString, QString> m_quoted; // name -> bash text, already quoted
};
