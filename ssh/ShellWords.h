#pragma once

#include <QString>
#include <QStringList>

// THE one way a value becomes shell text, for the whole product: the SSH layer wraps commands
// with it (sudo ... sh -c WORD) and the core quotes every value of the plan with it (through
// app/shell/ShellQuote.h). It lives here, at the bottom, so that both use the same function;
// tests hold it to round trips through a real `bash -c` for hostile strings.
namespace ShellQuote {
// One bash word that expands to exactly `value`. Plain words made only of characters with no
// meaning to bash stay as they are (readable plans); anything else is single-quoted, with each
// ' written as '\''. A NUL cannot be passed to a program at all: values never hold one (the
// validator refuses control characters), and quote() drops it rather than truncate silently.
QString quote(const QString &value);
// Each value quoted, joined by single spaces (for argument lists and bash arrays).
QString quoteAll(const QStringList &values);
} // namespace ShellQuote
