#include "TsCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
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

QTEST_GUILESS_MAIN(TsFilesTest)
#include "tst_tsfiles.moc"
