#include "consolesession.h"
#include "screentext.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"

#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

// A complete catalogue is not a translated screen: a message filed under the wrong context, a
// string that never went through tr() or a sentence glued from English parts all pass the
// catalogue test and still show English. This suite builds the main window (every page, its
// menus) and the dialogs in English and in German or French, and fails on every text a user can
// read that is the same in both, unless it is only names and shared words (ScreenTexts). The
// second part does the same for braze-cli's help and error output.
class TestScreenLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageReadsInTheLanguage_data();
    void everyPageReadsInTheLanguage();
    void commandLineSpeaksTheLanguage_data();
    void commandLineSpeaksTheLanguage();

private:
    QTemporaryDir m_dir;
};

namespace {

// Installs the console's and Qt's catalogues for one language while it lives, as main() does.
class Language
{
public:
    explicit Language(const QString &language)
    {
        QLocale::setDefault(QLocale(language));
        if (language == QLatin1String("en"))
            return;
        if (m_console.load(QStringLiteral(":/i18n/braze-console_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&m_console);
        if (m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_console);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English));
    }
    bool loaded() const { return !m_console.isEmpty(); }

private:
    QTranslator m_console;
    QTranslator m_qt;
};

// The texts of the main window (every page, each shown once so it builds what it shows) and of
// each dialog.
QMap<QString, QList<ScreenText>> screenTexts(const QString &folder)
{
    QMap<QString, QList<ScreenText>> texts;
    ConsoleSession session(folder + QStringLiteral("/workspaces.json"));
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (!(navigation->item(row)->flags() & Qt::ItemIsSelectable))
            continue;
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
    }
    texts.insert(QStringLiteral("main window"), ScreenTexts::collect(&window));
    PreferencesDialog preferences(&window);
    texts.insert(QStringLiteral("preferences"), ScreenTexts::collect(&preferences));
    return texts;
}

QStringList englishTexts(const QList<ScreenText> &english, const QList<ScreenText> &translated, const QString &language)
{
    QHash<QString, QString> byPath;
    for (const ScreenText &t : english)
        byPath.insert(t.path, t.text);
    QStringList found;
    for (const ScreenText &t : translated) {
        if (byPath.value(t.path) == t.text && !ScreenTexts::mayReadAsEnglish(t.text, language))
            found << QStringLiteral("%1  \"%2\"").arg(t.path, t.text);
    }
    found.removeDuplicates();
    return found;
}

} // namespace

void TestScreenLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestScreenLanguage::everyPageReadsInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestScreenLanguage::everyPageReadsInTheLanguage()
{
    QFETCH(QString, language);
    QMap<QString, QList<ScreenText>> english;
    {
        Language en(QStringLiteral("en"));
        english = screenTexts(m_dir.filePath(QStringLiteral("en")));
    }
    QMap<QString, QList<ScreenText>> translated;
    {
        Language other(language);
        QVERIFY(other.loaded());
        translated = screenTexts(m_dir.filePath(language));
    }
    QCOMPARE(translated.keys(), english.keys());
    QStringList problems;
    int texts = 0;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        texts += it->size();
        for (const QString &text : englishTexts(english.value(it.key()), it.value(), language))
            problems << it.key() + QStringLiteral(": ") + text;
    }
    // The walk must see the pages, or the test would pass on an empty window.
    QVERIFY2(texts > 300, qPrintable(QString::number(texts)));
    // QTest cuts long messages: each text on its own line first.
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 English texts on the %2 screen").arg(problems.size()).arg(language)));
}

void TestScreenLanguage::commandLineSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("input");
    const QString unclosed = m_dir.filePath(QStringLiteral("unclosed.liquid"));
    QFile file(unclosed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{% if first_name %}{{ first_name }}\n");
    file.close();
    const QList<QPair<const char *, QStringList>> runs{
        {"help", {QStringLiteral("--help")}},
        {"unknown command", {QStringLiteral("frobnicate")}},
        {"render help", {QStringLiteral("render"), QStringLiteral("--help")}},
        {"render without template", {QStringLiteral("render")}},
        {"render unclosed if", {QStringLiteral("render"), QStringLiteral("--template"), unclosed}},
        {"render missing file", {QStringLiteral("render"), QStringLiteral("--template"), m_dir.filePath(QStringLiteral("none.liquid"))}},
        {"run help", {QStringLiteral("run"), QStringLiteral("--help")}},
        {"run without workflow", {QStringLiteral("run")}},
        {"run unknown workflow", {QStringLiteral("run"), QStringLiteral("nobody.nothing"), QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")}},
        {"user help", {QStringLiteral("user"), QStringLiteral("--help")}},
        {"user without action", {QStringLiteral("user")}},
        {"webhook help", {QStringLiteral("webhook"), QStringLiteral("--help")}},
        {"webhook without template", {QStringLiteral("webhook"), QStringLiteral("preview")}},
        {"webhook unknown preset", {QStringLiteral("webhook"), QStringLiteral("preview"), QStringLiteral("--template"), QStringLiteral("preset:nothing")}},
        {"call help", {QStringLiteral("call"), QStringLiteral("--help")}},
        // Without --endpoint a command talks to the active workspace: an unknown one is the error path.
        {"call with an unknown workspace", {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/users/export/ids"), QStringLiteral("--workspace"), QStringLiteral("Nowhere")}},
        {"probe help", {QStringLiteral("probe"), QStringLiteral("--help")}},
        {"probe with an unknown workspace", {QStringLiteral("probe"), QStringLiteral("--workspace"), QStringLiteral("Nowhere")}},
        {"sandbox help", {QStringLiteral("sandbox"), QStringLiteral("--help")}},
        {"sandbox bad address", {QStringLiteral("sandbox"), QStringLiteral("--bind"), QStringLiteral("nowhere")}},
        {"golden help", {QStringLiteral("golden"), QStringLiteral("--help")}},
    };
    for (const char *language : {"de", "fr"}) {
        for (const auto &[name, arguments] : runs)
            QTest::newRow(QByteArray(QByteArray(language) + ' ' + name).constData()) << QString::fromLatin1(language) << arguments << unclosed;
    }
}

void TestScreenLanguage::commandLineSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(QString, input);
    // A message may quote the template it is about; the template is the user's, not ours.
    QFile inputFile(input);
    QVERIFY(inputFile.open(QIODevice::ReadOnly));
    const QStringList echoed = QString::fromUtf8(inputFile.readAll()).split(QLatin1Char('\n'));
    const auto output = [&arguments, this](const QString &lang) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BRAZE_CONSOLE_LANGUAGE"), lang);
        environment.remove(QStringLiteral("BRAZE_API_KEY"));
        cli.setProcessEnvironment(environment);
        cli.setWorkingDirectory(m_dir.path());
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(BRAZE_CLI), arguments);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(20000))
            cli.kill();
        return QString::fromUtf8(cli.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList english = output(QStringLiteral("en"));
    const QStringList translated = output(language);
    QVERIFY2(!translated.isEmpty(), "braze-cli printed nothing");
    QStringList problems;
    for (const QString &line : translated) {
        if (english.contains(line) && !echoed.contains(line) && !ScreenTexts::mayReadAsEnglish(line, language))
            problems << line;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English in braze-cli's %1 output:\n").arg(language) + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestScreenLanguage)
#include "tst_screenlanguage.moc"
