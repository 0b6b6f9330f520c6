#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One entry of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;          // the disambiguation, if any
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one text, or one per numerus form
    bool numerus = false;
};

// Reads a .ts file (the XML that lupdate writes) so that tests can check it without Qt Linguist.
class TsCatalog
{
public:
    // Returns false and sets errorMessage when the file is missing or is not a well-formed .ts.
    bool load(const QString &path, QString *errorMessage);

    QString language() const { return m_language; }
    QString sourceLanguage() const { return m_sourceLanguage; }
    const QList<TsMessage> &messages() const { return m_messages; }

    // The translation of a finished entry, or a null string when there is none.
    QString translation(const QString &context, const QString &source,
                        const QString &comment = QString()) const;

private:
    QString m_language;
    QString m_sourceLanguage;
    QList<TsMessage> m_messages;
};
