#include "FieldError.h"

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #c0392b; font-size: small;"));
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldError::setMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}
