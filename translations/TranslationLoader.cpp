#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
enum class English { Skip, LoadPlurals };

// Tries the locale's UI languages in the user's order of preference and stops at English, the
// source language: "LANGUAGE=en:de" must give English, not the German fallback. The product's
// English catalog holds only the singular and plural forms of its "%n step(s)" strings, so it is
// loaded for English and for every language the product has no catalog of.
QString loadFirstMatch(QTranslator &translator, const QStringList &uiLanguages,
                       const QString &prefix, const QString &directory, English english)
{
    for (QString language : uiLanguages) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (language == QLatin1String("C") || language.startsWith(QLatin1String("en")))
            break;
        // QTranslator::load() also tries the shorter names ("de_AT" -> "de").
        if (translator.load(prefix + language, directory)) {
            const QString loaded = translator.language(); // empty in catalogs without a language
            return (loaded.isEmpty() ? language : loaded).section(QLatin1Char('_'), 0, 0);
        }
    }
    // English, asked for or as the fallback of a language the product does not speak.
    if (english == English::LoadPlurals && translator.load(prefix + QLatin1String("en"), directory))
        return QStringLiteral("en");
    return {};
}

QString installOne(QCoreApplication &app, const QLocale &locale, const QString &prefix,
                   const QString &directory, English english)
{
    auto *translator = new QTranslator(&app);
    const QString language =
        loadFirstMatch(*translator, locale.uiLanguages(), prefix, directory, english);
    if (language.isEmpty() || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    return language;
}
} // namespace

QString TranslationLoader::catalogDirectory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::catalogPrefix()
{
    return QStringLiteral("gluster-ha-wizard_");
}

TranslationLoader::Result TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    Result result;
    result.appLanguage = installOne(app, locale, catalogPrefix(), catalogDirectory(),
                                     English::LoadPlurals);
    result.qtLanguage = installOne(app, locale, QStringLiteral("qtbase_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath), English::Skip);
    return result;
}
