#pragma once

#include <QList>
#include <QString>

// One thing wrong with the spec: the field's path ("servers[1].privateName", "volume.name")
// so a page can show the message next to its widget, and one translated sentence.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &other) const
    {
        return field == other.field && message == other.message;
    }
};

using FieldProblems = QList<FieldProblem>;
