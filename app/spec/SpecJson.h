#pragma once

#include "spec/SetupSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What loading a spec produced: the spec, warnings (unknown keys, ignored secrets) and errors
// (unreadable file, bad JSON, wrong types, unsupported version). Only a spec without errors may
// be used; warnings are for the caller to show.
struct SpecLoadResult
{
    SetupSpec spec;
    QStringList warnings;
    QStringList errors;

    bool ok() const { return errors.isEmpty(); }
};

// JSON load and save of the setup spec (format version 1, see the product's contract).
// Saving writes every field the model holds and nothing else: there is no field for a secret.
class SpecJson
{
    Q_DECLARE_TR_FUNCTIONS(SpecJson)

public:
    static SpecLoadResult fromJson(const QByteArray &json);
    static SpecLoadResult load(const QString &path);

    static QByteArray toJson(const SetupSpec &spec);
    // Writes atomically (QSaveFile); returns false with a message on failure.
    static bool save(const SetupSpec &spec, const QString &path, QString *error);
};
