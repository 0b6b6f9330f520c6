#include "ShellWords.h"

namespace {
bool isPlainWordCharacter(QChar c)
{
    // Letters and digits of ASCII only: look-alike Unicode letters are always quoted.
    if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
        (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
        return true;
    // None of these expands, globs, splits or starts a comment anywhere in a word.
    return QStringLiteral("_-./:@%+,").contains(c);
}
} // namespace

QString ShellQuote::quote(const QString &value)
{
    QString text = value;
    text.remove(QChar(0));
    bool plain = !text.isEmpty();
    for (const QChar c : text) {
        if (!isPlainWordCharacter(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString ShellQuote::quoteAll(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted << quote(value);
    return quoted.join(QLatin1Char(' '));
}
