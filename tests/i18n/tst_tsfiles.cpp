#include "TsCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

// The translation sources (translations/*.ts) are complete: every entry of every language is
// translated and current, and no translation drops a placeholder or a keyboard accelerator.
class TsFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void germanAndDutchExist();
    void catalogIsComplete_data();
    void catalogIsComplete();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void translationsKeepAccelerators_data();
    void translationsKeepAccelerators();
    void countsUsePluralForms_data();
    void countsUsePluralForms();
    void englishHasEveryPluralForm();
    void pluralsAreShown_data();
    void pluralsAreShown();

private:
    static QString translationsDir();
    static void addCatalogRows();
    static TsCatalog loadCatalog(const QString &path);
};

QString TsFilesTest::translationsDir()
{
    return QStringLiteral(GHW_SOURCE_DIR "/translations");
}

void TsFilesTest::addCatalogRows()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files =
        QDir(translationsDir()).entryInfoList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(translationsDir() + QStringLiteral(" has no .ts file")));
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
}

TsCatalog TsFilesTest::loadCatalog(const QString &path)
{
    TsCatalog catalog;
    QString error;
    if (!catalog.load(path, &error))
        qWarning().noquote() << error;
    return catalog;
}

void TsFilesTest::germanAndDutchExist()
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("nl")}) {
        const QString path =
            translationsDir() + QStringLiteral("/gluster-ha-wizard_%1.ts").arg(language);
        TsCatalog catalog;
        QString error;
        QVERIFY2(catalog.load(path, &error), qPrintable(error));
        QVERIFY2(catalog.language().startsWith(language),
                 qPrintable(path + QStringLiteral(" declares language ") + catalog.language()));
        QVERIFY2(!catalog.messages().isEmpty(), qPrintable(path + QStringLiteral(" is empty")));
    }
}

void TsFilesTest::catalogIsComplete_data()
{
    addCatalogRows();
}

void TsFilesTest::catalogIsComplete()
{
    QFETCH(QString, path);
    TsCatalog catalog;
    QString error;
    QVERIFY2(catalog.load(path, &error), qPrintable(error));

    QStringList problems;
    for (const TsMessage &message : catalog.messages()) {
        const QString where =
            message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
        if (!message.type.isEmpty())
            problems << message.type + QStringLiteral(" entry ") + where;
        else if (message.translations.isEmpty() || message.translations.contains(QString()))
            problems << QStringLiteral("empty translation of ") + where;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries need work (refresh with the "
                                       "update_translations target, then translate):\n  %2")
                            .arg(problems.size())
                            .arg(problems.join(QStringLiteral("\n  ")))));
}

void TsFilesTest::translationsKeepPlaceholders_data()
{
    addCatalogRows();
}

void TsFilesTest::translationsKeepPlaceholders()
{
    QFETCH(QString, path);
    const TsCatalog catalog = loadCatalog(path);
    QVERIFY(!catalog.messages().isEmpty());
    // %1..%99 and %n (plural forms) may move but must all stay: a lost one silently drops a
    // server name or a count. printf's %s and %% (messages of the remote scripts) must keep
    // their number, and a final line break must stay, or the script's output goes wrong.
    static const QRegularExpression argument(QStringLiteral("%(\\d{1,2}|n)"));
    const auto argumentsOf = [](const QString &text) {
        QSet<QString> found;
        for (auto it = argument.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    };
    // Plain concatenation: QString::arg() would replace the placeholders it is describing.
    const auto shapeOf = [&](const QString &text) {
        const QSet<QString> found = argumentsOf(text);
        QStringList arguments(found.cbegin(), found.cend());
        arguments.sort();
        return arguments.join(QLatin1Char(' ')) + QStringLiteral(" | %s x") +
               QString::number(text.count(QStringLiteral("%s"))) + QStringLiteral(" | %% x") +
               QString::number(text.count(QStringLiteral("%%"))) +
               QStringLiteral(" | final newline: ") +
               (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("yes") : QStringLiteral("no"));
    };
    for (const TsMessage &message : catalog.messages()) {
        if (!message.type.isEmpty())
            continue; // unfinished work is catalogIsComplete's to report
        const QString expected = shapeOf(message.source);
        for (const QString &text : message.translations) {
            QVERIFY2(shapeOf(text) == expected,
                     qPrintable(message.context + QStringLiteral(": \"") + text +
                                QStringLiteral("\" has [") + shapeOf(text) +
                                QStringLiteral("], its source \"") + message.source +
                                QStringLiteral("\" has [") + expected + QLatin1Char(']')));
        }
    }
}

void TsFilesTest::translationsKeepAccelerators_data()
{
    addCatalogRows();
}

void TsFilesTest::translationsKeepAccelerators()
{
    QFETCH(QString, path);
    const TsCatalog catalog = loadCatalog(path);
    QVERIFY(!catalog.messages().isEmpty());
    // "&Next" gives Alt+N; "&&" is a literal ampersand. A label with an accelerator in English
    // keeps exactly one in every language, so the keyboard still reaches it.
    const auto acceleratorCount = [](QString text) {
        text.remove(QStringLiteral("&&"));
        return text.count(QLatin1Char('&'));
    };
    for (const TsMessage &message : catalog.messages()) {
        if (!message.type.isEmpty())
            continue;
        const int expected = acceleratorCount(message.source);
        for (const QString &text : message.translations) {
            QVERIFY2(acceleratorCount(text) == expected,
                     qPrintable(message.context + QStringLiteral(": \"") + text +
                                QStringLiteral("\" has not the accelerators of \"") +
                                message.source + QLatin1Char('"')));
        }
    }
}

void TsFilesTest::countsUsePluralForms_data()
{
    addCatalogRows();
}

// "1 step(s)" is not English: a count in a message is a %n with its singular and plural forms,
// and no translation falls back to a "(s)" of its own.
void TsFilesTest::countsUsePluralForms()
{
    QFETCH(QString, path);
    const TsCatalog catalog = loadCatalog(path);
    QVERIFY(!catalog.messages().isEmpty());
    static const QRegularExpression pluralSuffix(QStringLiteral("\\((s|es|ies)\\)"));
    QStringList problems;
    for (const TsMessage &message : catalog.messages()) {
        if (!message.type.isEmpty())
            continue;
        const QString where = message.context + QStringLiteral(": \"") + message.source + '"';
        if (message.source.contains(pluralSuffix) && !message.numerus)
            problems << QStringLiteral("no %n plural forms: ") + where;
        if (message.numerus && message.translations.size() < 2)
            problems << QStringLiteral("fewer than two plural forms: ") + where;
        for (const QString &text : message.translations) {
            if (text.contains(pluralSuffix))
                problems << QStringLiteral("\"") + text + QStringLiteral("\" translates ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

// English is the source language, but only its catalog turns "%n step(s)" into "1 step" and
// "2 steps": it has every numerus entry that German and Dutch have.
void TsFilesTest::englishHasEveryPluralForm()
{
    const TsCatalog english =
        loadCatalog(translationsDir() + QStringLiteral("/gluster-ha-wizard_en.ts"));
    QVERIFY2(!english.messages().isEmpty(), "gluster-ha-wizard_en.ts is missing or empty");
    QStringList missing;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("nl")}) {
        const TsCatalog other = loadCatalog(
            translationsDir() + QStringLiteral("/gluster-ha-wizard_%1.ts").arg(language));
        for (const TsMessage &message : other.messages()) {
            if (message.numerus && english.translation(message.context, message.source).isNull())
                missing << message.context + QStringLiteral(": \"") + message.source + '"';
        }
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in gluster-ha-wizard_en.ts (refresh with the "
                                       "update_translations target, then fill its forms):\n  ") +
                        missing.join(QStringLiteral("\n  "))));
}

void TsFilesTest::pluralsAreShown_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString plan = QStringLiteral("The plan has %n step(s)");
    const QString done =
        QStringLiteral("Done in %1: %n step(s) applied, %2 already done, %3 verified.");
    const QString apply = QStringLiteral("ApplyCommand");
    const QString run = QStringLiteral("RunPage");
    QTest::newRow("en 1") << "en" << apply << plan << 1 << "The plan has 1 step";
    QTest::newRow("en 2") << "en" << apply << plan << 2 << "The plan has 2 steps";
    QTest::newRow("en 0") << "en" << apply << plan << 0 << "The plan has 0 steps";
    QTest::newRow("en run 1") << "en" << run << done << 1
                              << "Done in %1: 1 step applied, %2 already done, %3 verified.";
    QTest::newRow("en run 14") << "en" << run << done << 14
                               << "Done in %1: 14 steps applied, %2 already done, %3 verified.";
    QTest::newRow("de 1") << "de" << apply << plan << 1 << "Der Plan hat 1 Schritt";
    QTest::newRow("de 2") << "de" << apply << plan << 2 << "Der Plan hat 2 Schritte";
    QTest::newRow("de run 1") << "de" << run << done << 1
                              << "Fertig in %1: 1 Schritt ausgeführt, %2 bereits erledigt, "
                                 "%3 verifiziert.";
    QTest::newRow("nl run 1") << "nl" << run << done << 1
                              << "Klaar in %1: 1 stap uitgevoerd, %2 al gedaan, %3 "
                                 "gecontroleerd.";
    QTest::newRow("nl run 14") << "nl" << run << done << 14
                               << "Klaar in %1: 14 stappen uitgevoerd, %2 al gedaan, %3 "
                                  "gecontroleerd.";
}

// The compiled catalogs (":/i18n", as the application loads them) give each count its form.
void TsFilesTest::pluralsAreShown()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(
        translator.load(QStringLiteral("gluster-ha-wizard_") + language, QStringLiteral(":/i18n")),
        qPrintable(QStringLiteral("no compiled catalog for ") + language));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString shown = QCoreApplication::translate(context.toUtf8().constData(),
                                                      source.toUtf8().constData(), nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TsFilesTest)
#include "tst_tsfiles.moc"
