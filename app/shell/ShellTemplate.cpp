#include "shell/ShellTemplate.h"

#include "shell/ShellQuote.h"

#include <QRegularExpression>

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("@([A-Z][A-Z0-9_]*)@"));
    return re;
}
} // namespace

ShellTemplate::ShellTemplate(QString text)
    : m_text(std::move(text))
{}

ShellTemplate &ShellTemplate::set(const QString &name, const QString &value)
{
    m_quoted.insert(name, ShellQuote::quote(value));
    return *this;
}

ShellTemplate &ShellTemplate::setList(const QString &name, const QStringList &values)
{
    m_quoted.insert(name, ShellQuote::quoteAll(values));
    return *this;
}

QString ShellTemplate::text() const
{
    QString out;
    out.reserve(m_text.size() + 64);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto value = m_quoted.constFind(match.captured(1));
        if (value == m_quoted.constEnd())
            continue; // left as written, see unresolvedPlaceholders()
        out += QStringView(m_text).mid(last, match.capturedStart() - last);
        out += value.value();
        last = match.capturedEnd();
    }
    out += QStringView(m_text).mid(last);
    return out;
}

QStringList ShellTemplate::unresolvedPlaceholders(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}
