#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Reads the fields of one JSON object of the spec with strict types. Every problem names the
// field by its path ("servers[1].ssh.port"); keys nobody asked for become warnings when
// finish() is called, so a typo in a spec file is never silently ignored.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    JsonFieldReader(const QJsonObject &object, const QString &path, QStringList *errors,
                    QStringList *warnings);

    // Each reader leaves *value untouched when the key is missing (the model's default stays);
    // `required` turns a missing key into an error.
    void readString(const QString &key, QString *value, bool required = false);
    void readInt(const QString &key, int *value, bool required = false);
    void readBool(const QString &key, bool *value);
    // Returns the nested object (empty when missing or of another type, with an error).
    QJsonObject object(const QString &key, bool required = false);
    QJsonArray array(const QString &key, bool required = false);
    // Marks a key as known without reading it (the caller reads it another way).
    void skip(const QString &key);

    QString pathOf(const QString &key) const;
    void error(const QString &message) { m_errors->append(message); }

    // Warns about every key that was not read; secrets get a warning of their own.
    void finish();

private:
    bool present(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
    QStringList *m_warnings;
    QSet<QString> m_known;
};
