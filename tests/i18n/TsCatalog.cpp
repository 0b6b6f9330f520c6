#include "TsCatalog.h"

#include <QFile>
#include <QXmlStreamReader>

namespace {
// Reads one <message> element; the reader stands on its start tag.
TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment, ...
        }
    }
    return message;
}
} // namespace

bool TsCatalog::load(const QString &path, QString *errorMessage)
{
    m_messages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        *errorMessage = QStringLiteral("%1: the root element is not <TS>").arg(path);
        return false;
    }
    m_language = xml.attributes().value(QLatin1String("language")).toString();
    m_sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                m_messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *errorMessage =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QString TsCatalog::translation(const QString &context, const QString &source,
                               const QString &comment) const
{
    for (const TsMessage &message : m_messages) {
        if (message.context == context && message.source == source && message.comment == comment &&
            message.type.isEmpty() && !message.translations.isEmpty())
            return message.translations.constFirst();
    }
    return QString();
}
