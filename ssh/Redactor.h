#pragma once

#include <QString>
#include <QStringList>

// Replaces every known secret in text meant for people or logs (commands, output lines, error
// messages) with a fixed mask. Only there: text read by parsers stays whole (a short password
// may occur in lsblk or gluster output), so redaction happens where text is shown or logged.
class Redactor
{
public:
    static constexpr QLatin1StringView mask{"********"};

    Redactor() = default;
    explicit Redactor(const QStringList &secrets);

    void addSecret(const QString &secret);
    void addSecrets(const QStringList &secrets);
    void addSecretsOf(const Redactor &other) { addSecrets(other.m_secrets); }
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString redact(const QString &text) const;
    // Redacts in place; cheaper than copying when nothing matches (the usual case).
    void redactInPlace(QStringList &lines) const;

private:
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
};
