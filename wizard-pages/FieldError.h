#pragma once

#include <QLabel>

// The message under a form field: the validator's sentence for that field, in the error
// colour, hidden while there is none (so a valid form stays compact).
class FieldError : public QLabel
{
    Q_OBJECT
public:
    explicit FieldError(QWidget *parent = nullptr);
    void setMessage(const QString &message);
};
