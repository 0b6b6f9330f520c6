#include "gluster/GlusterXmlElement.h"

QString GlusterXmlElement::attribute(const QString &attributeName) const
{
    for (const auto &attr : attributes) {
        if (attr.first == attributeName)
            return attr.second;
    }
    return QString();
}

const GlusterXmlElement *GlusterXmlElement::child(const QString &childName) const
{
    for (const GlusterXmlElement &element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QString GlusterXmlElement::childText(const QString &childName) const
{
    const GlusterXmlElement *element = child(childName);
    return element ? element->text.trimmed() : QString();
}

QList<const GlusterXmlElement *> GlusterXmlElement::childrenNamed(const QString &childName) const
{
    QList<const GlusterXmlElement *> found;
    for (const GlusterXmlElement &element : children) {
        if (element.name == childName)
            found.append(&element);
    }
    return found;
}
