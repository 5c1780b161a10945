#include "config/workspacevalidator.h"

#include <QTest>

using namespace Config;

using Verdict = FieldCheck::Verdict;
Q_DECLARE_METATYPE(FieldCheck::Verdict)

class TestWorkspaceValidator : public QObject
{
    Q_OBJECT

private slots:
    void endpoint_data();
    void endpoint();
    void endpointIsStoredWithoutTrailingSlash();
    void apiKey_data();
    void apiKey();
    void names();
};

void TestWorkspaceValidator::endpoint_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("US-01") << "https://rest.iad-01.braze.com" << Verdict::Fine << "";
    QTest::newRow("US-10 with slash") << "https://rest.us-10.braze.com/" << Verdict::Fine << "";
    QTest::newRow("EU-02") << "https://rest.fra-02.braze.eu" << Verdict::Fine << "";
    QTest::newRow("KR-01 spaces") << "  https://rest.kr-01.braze.com  " << Verdict::Fine << "";
    QTest::newRow("sandbox http loopback") << "http://127.0.0.1:8123" << Verdict::Fine << "";
    QTest::newRow("http localhost") << "http://localhost:9000" << Verdict::Fine << "";
    QTest::newRow("http ipv6 loopback") << "http://[::1]:9000" << Verdict::Fine << "";
    QTest::newRow("http public host") << "http://rest.iad-01.braze.com" << Verdict::Wrong << "https://";
    QTest::newRow("http private range") << "http://192.168.1.10" << Verdict::Wrong << "https://";
    QTest::newRow("ftp") << "ftp://rest.iad-01.braze.com" << Verdict::Wrong << "https://";
    QTest::newRow("empty") << "" << Verdict::Wrong << "REST endpoint";
    QTest::newRow("no scheme") << "rest.iad-01.braze.com" << Verdict::Wrong << "";
    QTest::newRow("garbage") << "https://" << Verdict::Wrong << "";
    QTest::newRow("dashboard") << "https://dashboard-01.braze.com" << Verdict::Wrong << "dashboard";
    QTest::newRow("sdk host") << "https://sdk.iad-01.braze.com" << Verdict::Wrong << "SDK";
    QTest::newRow("path on braze host") << "https://rest.iad-01.braze.com/users/track" << Verdict::Wrong << "without a path";
    QTest::newRow("query") << "https://rest.iad-01.braze.com/?api_key=x" << Verdict::Wrong << "";
    QTest::newRow("no US-09") << "https://rest.iad-09.braze.com" << Verdict::NeedsConfirmation << "rest.iad-09.braze.com";
    QTest::newRow("proxy") << "https://braze-proxy.example.org" << Verdict::NeedsConfirmation << "braze-proxy.example.org";
}

void TestWorkspaceValidator::endpoint()
{
    QFETCH(QString, url);
    QFETCH(Verdict, verdict);
    QFETCH(QString, messagePart);
    const FieldCheck check = WorkspaceValidator::checkEndpoint(url);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    QCOMPARE(check.message.isEmpty(), verdict == Verdict::Fine);
}

void TestWorkspaceValidator::endpointIsStoredWithoutTrailingSlash()
{
    QCOMPARE(WorkspaceValidator::normalisedEndpoint(QStringLiteral(" https://rest.fra-01.braze.eu/ ")),
             QUrl(QStringLiteral("https://rest.fra-01.braze.eu")));
}

void TestWorkspaceValidator::apiKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("uuid shaped") << "0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d" << true << "";
    QTest::newRow("sandbox key") << "sandbox-quikly-0000000000000001" << true << "";
    QTest::newRow("surrounding whitespace is trimmed") << "  0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d\n" << true << "";
    QTest::newRow("empty") << "" << false << "Paste";
    QTest::newRow("only spaces") << "   " << false << "Paste";
    QTest::newRow("inner space") << "0f4c2a1e-8b7d 4c3a-9e21-5d6f7a8b9c0d" << false << "space";
    QTest::newRow("inner tab") << "0f4c2a1e-8b7d\t4c3a-9e21-5d6f7a8b9c0d" << false << "space";
    QTest::newRow("inner newline") << "0f4c2a1e-8b7d\n4c3a-9e21-5d6f7a8b9c0d" << false << "line break";
    QTest::newRow("double quoted") << "\"0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d\"" << false << "quotation";
    QTest::newRow("single quoted") << "'0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d'" << false << "quotation";
    QTest::newRow("bearer pasted") << "Bearer 0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d" << false << "Bearer";
    QTest::newRow("too short") << "abc123" << false << "6 characters";
    QTest::newRow("odd character") << "0f4c2a1e/8b7d-4c3a-9e21-5d6f7a8b9c0d" << false << "“/”";
    QTest::newRow("too long") << QString(200, QLatin1Char('a')) << false << "too long";
}

void TestWorkspaceValidator::apiKey()
{
    QFETCH(QString, key);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    const FieldCheck check = WorkspaceValidator::checkApiKey(key);
    QCOMPARE(check.isFine(), accepted);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

void TestWorkspaceValidator::names()
{
    const QStringList others{QStringLiteral("Sandbox"), QStringLiteral("Production EU")};
    QVERIFY(WorkspaceValidator::checkName(QStringLiteral("Staging"), others).isFine());
    QVERIFY(WorkspaceValidator::checkName(QStringLiteral("  "), others).isWrong());
    const FieldCheck duplicate = WorkspaceValidator::checkName(QStringLiteral("production eu "), others);
    QVERIFY(duplicate.isWrong());
    QVERIFY(duplicate.message.contains(QStringLiteral("production eu")));
}

QTEST_GUILESS_MAIN(TestWorkspaceValidator)
#include "tst_workspacevalidator.moc"
