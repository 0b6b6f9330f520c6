#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the product's translator and Qt's own (standard buttons, dialogs) for a locale, so
// the wizard and the command line speak the administrator's language. The product's catalogs are
// compiled into the binary (":/i18n"); Qt's come from the Qt installation (qtbase_*.qm).
// English is the source language: a locale asking for English loads nothing.
class TranslationLoader
{
public:
    struct Result
    {
        QString appLanguage; // e.g. "de", or empty when the product has no catalog for the locale
        QString qtLanguage;  // e.g. "de", or empty when Qt has none (or none is installed)
    };

    // Installs the translators on the running application; they live as its children.
    static Result install(QCoreApplication &app, const QLocale &locale = QLocale::system());

    // Where the compiled catalogs of the product live inside the binary.
    static QString catalogDirectory();
    // File name prefix of the product's catalogs: "<prefix><language>.qm".
    static QString catalogPrefix();
};
