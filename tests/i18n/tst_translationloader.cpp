#include "TranslationLoader.h"
#include "TsCatalog.h"
#include "WizardWindow.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QRadioButton>
#include <QTranslator>
#include <QWizardPage>
#include <QtTest>

namespace {
// The user-visible texts of the wizard's first page, and of a standard button Qt translates.
QMap<QString, QString> firstPageTexts()
{
    WizardWindow window;
    QWizardPage *page = window.page(window.startId());
    QMap<QString, QString> texts;
    if (!page)
        return texts;
    // The page's class is its tr() context in the catalog.
    texts.insert(QStringLiteral("context"), QString::fromLatin1(page->metaObject()->className()));
    texts.insert(QStringLiteral("title"), page->title());
    texts.insert(QStringLiteral("subtitle"), page->subTitle());
    const QList<QRadioButton *> choices = page->findChildren<QRadioButton *>();
    for (int i = 0; i < choices.size(); ++i)
        texts.insert(QStringLiteral("choice %1").arg(i + 1), choices.at(i)->text());
    texts.insert(QStringLiteral("Qt: cancel button"), window.buttonText(QWizard::CancelButton));
    return texts;
}

void removeTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> translators = app.findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

// Under the system locale of the test's environment (LANG=de_DE.UTF-8 or nl_NL.UTF-8, see
// CMakeLists.txt), TranslationLoader installs the product's catalog and Qt's, and the wizard's
// first page then shows the translation of the .ts file, not the English source.
class TranslationLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemLocaleFollowsLang();
    void loaderInstallsProductAndQtCatalogs();
    void firstPageIsTranslated_data();
    void firstPageIsTranslated();
    void installPicksCatalogsForLocale_data();
    void installPicksCatalogsForLocale();

private:
    QString m_language; // the language the environment asks for: "de" or "nl"
    TranslationLoader::Result m_result;
    QMap<QString, QString> m_translated;
    QMap<QString, QString> m_english;
};

void TranslationLoaderTest::initTestCase()
{
    m_language = qEnvironmentVariable("GHW_EXPECTED_LANGUAGE");
    QVERIFY2(!m_language.isEmpty(), "GHW_EXPECTED_LANGUAGE is not set: run this test via ctest");
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("offscreen"),
             "QT_QPA_PLATFORM=offscreen is not in effect");

    m_result = TranslationLoader::install(*qApp);
    m_translated = firstPageTexts();
    removeTranslators(*qApp);
    m_english = firstPageTexts();
}

void TranslationLoaderTest::systemLocaleFollowsLang()
{
    QCOMPARE(QLocale::system().language(), QLocale(m_language).language());
}

void TranslationLoaderTest::loaderInstallsProductAndQtCatalogs()
{
    QCOMPARE(m_result.appLanguage, m_language);
    QCOMPARE(m_result.qtLanguage, m_language);
}

void TranslationLoaderTest::firstPageIsTranslated_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("expected");

    QVERIFY2(m_english.size() >= 3, "the wizard's first page shows no title, subtitle or choice");
    TsCatalog catalog;
    QString error;
    const QString tsPath =
        QStringLiteral(GHW_SOURCE_DIR "/translations/gluster-ha-wizard_%1.ts").arg(m_language);
    QVERIFY2(catalog.load(tsPath, &error), qPrintable(error));
    // Qt's own catalog, read directly, tells what its standard buttons should say.
    QTranslator qtCatalog;
    QVERIFY2(qtCatalog.load(QStringLiteral("qtbase_") + m_language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "Qt's own translations (qtbase_*.qm) are not installed");

    const QString context = m_english.value(QStringLiteral("context"));
    for (auto it = m_english.cbegin(); it != m_english.cend(); ++it) {
        if (it.key() == QLatin1String("context"))
            continue;
        const QString expected = it.key().startsWith(QLatin1String("Qt: "))
                                     ? qtCatalog.translate("QWizard", qPrintable(it.value()))
                                     : catalog.translation(context, it.value());
        QTest::newRow(qPrintable(it.key()))
            << it.value() << m_translated.value(it.key()) << expected;
    }
}

void TranslationLoaderTest::firstPageIsTranslated()
{
    QFETCH(QString, english);
    QFETCH(QString, shown);
    QFETCH(QString, expected);
    QVERIFY2(!expected.isEmpty(),
             qPrintable(QStringLiteral("no translation of \"%1\"").arg(english)));
    QVERIFY2(shown != english,
             qPrintable(QStringLiteral("\"%1\" is shown in English").arg(english)));
    QCOMPARE(shown, expected);
}

void TranslationLoaderTest::installPicksCatalogsForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("appLanguage");
    QTest::addColumn<QString>("qtLanguage");
    // English is the source language: only the product's plural forms are loaded, not Qt's
    // English catalog.
    QTest::newRow("en_US") << QLocale(QStringLiteral("en_US")) << QStringLiteral("en") << QString();
    QTest::newRow("de_AT falls back to de")
        << QLocale(QStringLiteral("de_AT")) << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("nl_BE falls back to nl")
        << QLocale(QStringLiteral("nl_BE")) << QStringLiteral("nl") << QStringLiteral("nl");
    // No catalog of the product (English, with its plural forms), but Qt's standard buttons
    // still speak French.
    QTest::newRow("fr_FR") << QLocale(QStringLiteral("fr_FR")) << QStringLiteral("en")
                           << QStringLiteral("fr");
}

void TranslationLoaderTest::installPicksCatalogsForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, appLanguage);
    QFETCH(QString, qtLanguage);
    const TranslationLoader::Result result = TranslationLoader::install(*qApp, locale);
    const int installed = int(qApp->findChildren<QTranslator *>().size());
    removeTranslators(*qApp);
    QCOMPARE(result.appLanguage, appLanguage);
    QCOMPARE(result.qtLanguage, qtLanguage);
    QCOMPARE(installed, int(!appLanguage.isEmpty()) + int(!qtLanguage.isEmpty()));
}

QTEST_MAIN(TranslationLoaderTest)
#include "tst_translationloader.moc"
