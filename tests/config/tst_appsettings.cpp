#include "config/appsettings.h"
#include "diskfullforthisprocess.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Config;

// The preferences file under a full disk: the last good file stays, and the failure is reported.
class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void preferencesSurviveARestart();
    void fullDiskKeepsThePreviousPreferencesAndSaysSo();
    void preferencesOfEarlierVersionsAreTakenOver();

private:
    QTemporaryDir m_config;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Before the first QSettings: its folders are read once per process.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("braze-console"));
    QCoreApplication::setApplicationName(QStringLiteral("braze-console"));
}

void TestAppSettings::preferencesSurviveARestart()
{
    {
        AppSettings settings;
        settings.setLanguage(QStringLiteral("de"));
        settings.setMainWindowGeometry(QByteArray("\x01\x02\xff", 3));
        QCOMPARE(settings.saveProblem(), QString());
    }
    AppSettings reopened;
    QCOMPARE(reopened.language(), QStringLiteral("de"));
    QCOMPARE(reopened.mainWindowGeometry(), QByteArray("\x01\x02\xff", 3));
}

void TestAppSettings::fullDiskKeepsThePreviousPreferencesAndSaysSo()
{
    {
        AppSettings settings;
        settings.setLanguage(QStringLiteral("fr"));
        QCOMPARE(settings.saveProblem(), QString());
    }
    QString problem;
    {
        const DiskFullForThisProcess full(16);
        AppSettings settings;
        settings.setMainWindowGeometry(QByteArray(2048, 'g'));
        problem = settings.saveProblem();
    }
    QVERIFY2(problem.contains(QStringLiteral("braze-console.json")), qPrintable(problem));
    AppSettings reopened;
    QCOMPARE(reopened.language(), QStringLiteral("fr"));   // not an empty, truncated file
}

void TestAppSettings::preferencesOfEarlierVersionsAreTakenOver()
{
    QFile::remove(m_config.filePath(QStringLiteral("braze-console/braze-console.json")));
    {
        QSettings previous;   // braze-console.conf, as versions before the JSON file wrote it
        previous.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    }
    QCOMPARE(AppSettings().language(), QStringLiteral("de"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
