#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the product's translator and Qt's own (standard buttons, dialogs) for a locale, so
// the wizard and the command line speak the administrator's language. The product's catalogs are
// compiled into the binary (":/i18n"); Qt's come from the Qt installation (qtbase_*.qm).
// English is the source language: a locale asking for English (or one the product does not
// speak) loads only the product's English plural forms ("1 step", "2 steps"), none of Qt's.
class TranslationLoader
{
public:
    struct Result
    {
        QString appLanguage; // e.g. "de", or "en" (plural forms only) for any other language
        QString qtLanguage;  // e.g. "de", or empty when Qt has none (or none is installed)
    };

    // Installs the translators on the running application; they live as its children.
    static Result install(QCoreApplication &app, const QLocale &locale = QLocale::system());

    // Where the compiled catalogs of the product live inside the binary.
    static QString catalogDirectory();
    // File name prefix of the product's catalogs: "<prefix><language>.qm".
    static QString catalogPrefix();
};
