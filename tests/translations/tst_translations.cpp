#include "core.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every string the user can see ships in German and French, and every %n message has its English
// singular and plural ("1 workspace", "3 workspaces", never "workspace(s)"). The test runs lupdate
// over the sources into a copy of each catalogue, so a new tr() string that nobody translated
// fails here, as does an entry left unfinished or empty.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void englishPluralsReadNaturally();
    void germanNamesUsersAsBrazeDoes();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("German") << QStringLiteral("de") << QStringList();
    QTest::newRow("French") << QStringLiteral("fr") << QStringList();
    // English translates nothing but its plural forms.
    QTest::newRow("English plurals") << QStringLiteral("en") << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(QStringList, options);
    const QString catalogue = QStringLiteral(SOURCE_DIR "/translations/braze-console_%1.ts").arg(language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(catalogue).fileName());
    QVERIFY(QFile::copy(catalogue, copy));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE), options + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                                 QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                                                                 QStringLiteral(SOURCE_DIR "/app"), QStringLiteral(SOURCE_DIR "/ui"),
                                                                 QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(240000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    QStringList untranslated;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete")
                || text.trimmed().isEmpty())
                untranslated.append(QStringLiteral("%1: %2").arg(context, source.left(80)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 0, "the catalogue holds no messages");
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 of %2 strings are not translated (run `cmake --build build --target update_translations` and translate):\n  %3")
                                                    .arg(untranslated.size()).arg(messages).arg(untranslated.mid(0, 40).join(QStringLiteral("\n  ")))));
}

void TestTranslations::englishPluralsReadNaturally()
{
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    // Every %n message of the sources, as the English screen shows it for one and for three.
    QFile file(QStringLiteral(SOURCE_DIR "/translations/braze-console_en.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QStringList unnatural;
    int plurals = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        if (!xml.isStartElement() || xml.name() != QLatin1String("source"))
            continue;
        const QByteArray source = xml.readElementText().toUtf8();
        ++plurals;
        for (const int n : {1, 3}) {
            const QString shown = QCoreApplication::translate(context.toUtf8().constData(), source.constData(), nullptr, n);
            if (shown.contains(QLatin1String("(s)")) || shown.contains(QLatin1String("(es)")) || !shown.contains(QString::number(n)))
                unnatural << shown;
        }
    }
    QVERIFY2(plurals > 40, qPrintable(QString::number(plurals)));
    QVERIFY2(unnatural.isEmpty(), qPrintable(unnatural.join(QLatin1Char('\n'))));
    QCOMPARE(QCoreApplication::translate("WorkspacesPage", "Imported %n workspace(s).", nullptr, 1), QStringLiteral("Imported 1 workspace."));
    QCOMPARE(QCoreApplication::translate("WorkspacesPage", "Imported %n workspace(s).", nullptr, 3), QStringLiteral("Imported 3 workspaces."));
}

// Braze's German documentation writes "Nutzer:innen" (terminology.md): one user is "Nutzer:in"
// (eine:n Nutzer:in, der:des Nutzer:in), a test user "Testnutzer:in"; compounds stay as Braze
// writes them (Nutzerprofil, Nutzer-Alias, Nutzer-ID). A bare "Nutzer" reads as the other form.
void TestTranslations::germanNamesUsersAsBrazeDoes()
{
    QFile file(QStringLiteral(SOURCE_DIR "/translations/braze-console_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const QRegularExpression bare(QStringLiteral("(?<![\\w-])(Test[nN]|N)utzers?(?![\\w:-])"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList other;
    int translations = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || (xml.name() != QLatin1String("translation") && xml.name() != QLatin1String("numerusform")))
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        ++translations;
        if (bare.match(text).hasMatch())
            other << text.left(120);
    }
    QVERIFY2(translations > 500, qPrintable(QString::number(translations)));
    QVERIFY2(other.isEmpty(), qPrintable(QStringLiteral("%1 German messages say \"Nutzer\" where Braze says \"Nutzer:in\" or \"Nutzer:innen\":\n  %2")
                                             .arg(other.size()).arg(other.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
