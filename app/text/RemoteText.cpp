#include "RemoteText.h"

namespace {
constexpr char16_t esc = 0x1b;
constexpr char16_t bel = 0x07;
constexpr char16_t c1Dcs = 0x90;
constexpr char16_t c1Sos = 0x98;
constexpr char16_t c1Csi = 0x9b;
constexpr char16_t c1St = 0x9c;
constexpr char16_t c1Osc = 0x9d;
constexpr char16_t c1Pm = 0x9e;
constexpr char16_t c1Apc = 0x9f;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Embedding, override and isolate controls: they reorder the text around them on screen.
bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// The index after a control sequence's parameters, intermediates and final byte (ECMA-48).
qsizetype skipCsi(const QString &text, qsizetype i)
{
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        ++i;
        if (c >= 0x40 && c <= 0x7e)
            return i; // the final byte
        if (c < 0x20 || c > 0x3f)
            return i - 1; // not part of a sequence: leave it to the caller
    }
    return i;
}

// The index after a control string (OSC, DCS, SOS, PM, APC): up to ST (ESC \ or C1 ST) or BEL.
qsizetype skipString(const QString &text, qsizetype i)
{
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c == bel || c == c1St)
            return i + 1;
        if (c == esc)
            return i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\\') ? i + 2 : i;
        ++i;
    }
    return i;
}

// The index after the escape sequence that starts at text[i] (an ESC).
qsizetype skipEscape(const QString &text, qsizetype i)
{
    ++i;
    if (i >= text.size())
        return i;
    const char16_t c = text.at(i).unicode();
    switch (c) {
    case u'[':
        return skipCsi(text, i + 1);
    case u']':
    case u'P':
    case u'X':
    case u'^':
    case u'_':
        return skipString(text, i + 1);
    default:
        break;
    }
    // nF sequences: intermediates, then a final byte.
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x2f)
        ++i;
    if (i < text.size() && text.at(i).unicode() >= 0x30 && text.at(i).unicode() <= 0x7e)
        ++i;
    return i;
}
} // namespace

QString RemoteText::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t') {
            out.append(text.at(i++));
        } else if (c == esc) {
            i = skipEscape(text, i);
        } else if (c == c1Csi) {
            i = skipCsi(text, i + 1);
        } else if (c == c1Osc || c == c1Dcs || c == c1Sos || c == c1Pm || c == c1Apc) {
            i = skipString(text, i + 1);
        } else if (isControl(c) || isBidiControl(c)) {
            ++i;
        } else {
            out.append(text.at(i++));
        }
    }
    return out;
}

QStringList RemoteText::printable(const QStringList &lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines)
        out << printable(line);
    return out;
}

QByteArray RemoteText::joinedLines(const QStringList &lines)
{
    QByteArray text;
    for (const QString &line : lines)
        text += line.toUtf8() + '\n';
    return text;
}
