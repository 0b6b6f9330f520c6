#pragma once

#include <QString>
#include <QStringList>

// Replaces every known secret in text meant for people or logs (commands, output lines, error
// messages) with a fixed mask. Every line the SSH layer emits or logs goes through one.
class Redactor
{
public:
    static constexpr QLatin1StringView mask{"********"};

    Redactor() = default;
    explicit Redactor(const QStringList &secrets);

    void addSecret(const QString &secret);
    void addSecrets(const QStringList &secrets);
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString redact(const QString &text) const;
    // Redacts in place; cheaper than copying when nothing matches (the usual case).
    void redactInPlace(QStringList &lines) const;

private:
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
};
