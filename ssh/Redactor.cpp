#include "Redactor.h"

#include <algorithm>

Redactor::Redactor(const QStringList &secrets)
{
    addSecrets(secrets);
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addSecrets(const QStringList &secrets)
{
    for (const QString &secret : secrets)
        addSecret(secret);
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets) {
        if (result.contains(secret))
            result.replace(secret, mask);
    }
    return result;
}

void Redactor::redactInPlace(QStringList &lines) const
{
    if (m_secrets.isEmpty())
        return;
    for (QString &line : lines) {
        for (const QString &secret : m_secrets) {
            if (line.contains(secret))
                line.replace(secret, mask);
        }
    }
}
