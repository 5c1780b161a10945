#include "core.h"
#include "help/glossary.h"
#include "help/pagesections.h"
#include "help/userguide.h"

#include <QFile>
#include <QTest>

using Help::UserGuide;

// The user guide as the console shows it: the README's user-guide section in English, the German
// and French guides with the same sections, the page-to-section map and the glossary.
class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Console::useLanguage(QStringLiteral("en")); }
    void englishIsTheReadmesUserGuide();
    void anchorsAreGitHubs();
    void translationsHaveTheEnglishSections_data();
    void translationsHaveTheEnglishSections();
    void everyPageHasItsSection_data();
    void everyPageHasItsSection();
    void searchFindsTheSectionsOfATerm();
    void headingsInCodeBlocksAreNotSections();
    void glossaryExplainsTheTermsOfAText();
    void glossarySpeaksTheUsersLanguage();
};

void TestUserGuide::englishIsTheReadmesUserGuide()
{
    const UserGuide guide = UserGuide::load(QStringLiteral("en"));
    QCOMPARE(guide.language(), QStringLiteral("en"));
    QVERIFY(guide.sections().size() > 10);
    QCOMPARE(guide.sections().first().anchor, QStringLiteral("user-guide"));
    QCOMPARE(guide.sections().first().level, 2);
    // The embedded guide is the README's, not a copy that could drift.
    QFile readme(QStringLiteral(SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const Help::GuideSection &section : guide.sections())
        QVERIFY2(text.contains(section.body.left(200)), qPrintable(section.anchor));
    // Nothing after the end marker (the command line reference) is in the guide.
    QCOMPARE(guide.indexOf(QStringLiteral("command-line")), -1);
    QVERIFY(!guide.renderedMarkdown().contains(QLatin1String("<!--")));
}

void TestUserGuide::anchorsAreGitHubs()
{
    QCOMPARE(UserGuide::anchorOf(QStringLiteral("Requests, rate limits, errors and the request log")),
             QStringLiteral("requests-rate-limits-errors-and-the-request-log"));
    QCOMPARE(UserGuide::anchorOf(QStringLiteral("Walk-through: Quikly")), QStringLiteral("walk-through-quikly"));
    QCOMPARE(UserGuide::anchorOf(QStringLiteral("Control API (sandbox only, no key needed)")),
             QStringLiteral("control-api-sandbox-only-no-key-needed"));
    const UserGuide guide = UserGuide::fromMarkdown(QStringLiteral("## A\n### Ä b\n### Ä b\n### Eigen {#own}\ntext\n"), QStringLiteral("de"));
    QCOMPARE(guide.sections().size(), 4);
    QCOMPARE(guide.sections().at(1).anchor, QStringLiteral("ä-b"));
    QCOMPARE(guide.sections().at(2).anchor, QStringLiteral("ä-b-1"));
    QCOMPARE(guide.sections().at(3).anchor, QStringLiteral("own"));
    QCOMPARE(guide.sections().at(3).title, QStringLiteral("Eigen"));
    QVERIFY(!guide.renderedMarkdown().contains(QLatin1String("{#own}")));
}

void TestUserGuide::translationsHaveTheEnglishSections_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestUserGuide::translationsHaveTheEnglishSections()
{
    QFETCH(QString, language);
    const UserGuide english = UserGuide::load(QStringLiteral("en"));
    const UserGuide translated = UserGuide::load(language);
    QCOMPARE(translated.language(), language);
    // Same headings, same levels, same order: F1 and the guide's links land on the same section
    // in every language. A new README section needs its translation in resources/guide/.
    QStringList expected, actual;
    for (const Help::GuideSection &section : english.sections())
        expected << QStringLiteral("%1 %2").arg(QString(section.level, QLatin1Char('#')), section.anchor);
    for (const Help::GuideSection &section : translated.sections())
        actual << QStringLiteral("%1 %2").arg(QString(section.level, QLatin1Char('#')), section.anchor);
    QCOMPARE(actual, expected);
    // Translated, not copied: the prose differs, the screenshots are the same.
    int sameTitles = 0;
    for (int i = 0; i < english.sections().size(); ++i) {
        const Help::GuideSection &en = english.sections().at(i);
        const Help::GuideSection &other = translated.sections().at(i);
        sameTitles += en.title == other.title ? 1 : 0;
        QVERIFY2(!other.body.trimmed().isEmpty() || en.body.trimmed().isEmpty(), qPrintable(other.anchor));
        QVERIFY2(en.body.count(QLatin1String("](docs/screenshots/")) == other.body.count(QLatin1String("](docs/screenshots/")),
                 qPrintable(other.anchor + QStringLiteral(": every screenshot of the English section")));
    }
    QVERIFY2(sameTitles < english.sections().size() / 2, "most headings are still English");
}

void TestUserGuide::everyPageHasItsSection_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestUserGuide::everyPageHasItsSection()
{
    QFETCH(QString, language);
    const UserGuide guide = UserGuide::load(language);
    for (const QString &page : {QStringLiteral("workspaces"), QStringLiteral("webhooks"), QStringLiteral("users"), QStringLiteral("requestlog"), QStringLiteral("composer")})
        QVERIFY2(guide.indexOf(Help::PageSections::anchorFor(page, false)) > 0, qPrintable(page));
    QVERIFY(guide.indexOf(Help::PageSections::anchorFor(QStringLiteral("quikly"), true)) > 0);
    QCOMPARE(guide.indexOf(Help::PageSections::anchorFor(QStringLiteral("starthere"), false)), 0);
}

void TestUserGuide::searchFindsTheSectionsOfATerm()
{
    const UserGuide guide = UserGuide::load(QStringLiteral("en"));
    const QList<int> found = guide.sectionsContaining(QStringLiteral("double opt-IN"));
    QVERIFY(!found.isEmpty());
    QVERIFY(found.contains(guide.indexOf(QStringLiteral("walk-through-quikly"))));
    QVERIFY(!found.contains(guide.indexOf(QStringLiteral("languages"))));
    QVERIFY(guide.sectionsContaining(QStringLiteral("no such words anywhere")).isEmpty());
    QVERIFY(guide.sectionsContaining(QStringLiteral("  ")).isEmpty());
    const UserGuide german = UserGuide::load(QStringLiteral("de"));
    QVERIFY(german.sectionsContaining(QStringLiteral("Abo-Gruppe")).contains(german.indexOf(QStringLiteral("test-users"))));
}

void TestUserGuide::headingsInCodeBlocksAreNotSections()
{
    const UserGuide guide = UserGuide::fromMarkdown(QStringLiteral("## Guide\n```sh\n# a shell comment\n```\n~~~\n## not one\n~~~\n### Real\n"),
                                                    QStringLiteral("en"));
    QCOMPARE(guide.sections().size(), 2);
    QCOMPARE(guide.sections().at(1).anchor, QStringLiteral("real"));
    QVERIFY(guide.sections().at(0).body.contains(QLatin1String("# a shell comment")));
}

void TestUserGuide::glossaryExplainsTheTermsOfAText()
{
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    const QString help = Help::Glossary::explain(QStringLiteral("Create <b>alias-only</b> profile in the SMS subscription group"));
    QVERIFY2(help.contains(QLatin1String("without an external ID")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("Audience › Subscriptions")), qPrintable(help));
    QVERIFY(Help::Glossary::explain(QStringLiteral("Mobile number (E.164)")).contains(QLatin1String("+4915112345678")));
    QVERIFY(Help::Glossary::explain(QStringLiteral("Save")).isEmpty());
    // Each term once, in the glossary's order, ids that do not change with the language.
    const auto terms = Help::Glossary::termsIn(QStringLiteral("permissions, Permission, PERMISSION"));
    QCOMPARE(terms.size(), 1);
    QCOMPARE(terms.first().id, QStringLiteral("permission"));
}

void TestUserGuide::glossarySpeaksTheUsersLanguage()
{
    QVERIFY(Console::useLanguage(QStringLiteral("de")));
    const QString german = Help::Glossary::explain(QStringLiteral("Reines Alias-Profil anlegen"));
    QVERIFY2(german.contains(QLatin1String("externe ID")), qPrintable(german));
    QVERIFY(!Help::Glossary::explain(QStringLiteral("ID der SMS-Abo-Gruppe")).isEmpty());
    QVERIFY(Console::useLanguage(QStringLiteral("fr")));
    const QString french = Help::Glossary::explain(QStringLiteral("Créer un profil d’alias uniquement"));
    QVERIFY2(french.contains(QLatin1String("ID externe")), qPrintable(french));
    QVERIFY(!Help::Glossary::explain(QStringLiteral("ID du groupe d'abonnement SMS")).isEmpty());
}

QTEST_GUILESS_MAIN(TestUserGuide)
#include "tst_userguide.moc"
