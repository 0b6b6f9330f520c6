#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

// A small read-only tree of one gluster `--xml` answer. gluster's documents are tiny (a few KiB),
// so reading them whole first keeps every parser a plain walk over named children instead of a
// hand-written state machine per command.
class GlusterXmlElement
{
public:
    QString name;
    QList<QPair<QString, QString>> attributes;
    // Character data directly inside this element (gluster mixes it with children in <brick>).
    QString text;
    std::vector<GlusterXmlElement> children;

    QString attribute(const QString &attributeName) const;
    // The first child called childName, or nullptr.
    const GlusterXmlElement *child(const QString &childName) const;
    // The trimmed text of the first child called childName; empty when there is none.
    QString childText(const QString &childName) const;
    QList<const GlusterXmlElement *> childrenNamed(const QString &childName) const;
};
