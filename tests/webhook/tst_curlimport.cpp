// Importing a partner's cURL example as a webhook template: the request's parts land in the
// template, the Authorization credential does not (it becomes a partner secret), Liquid's own
// markers are escaped, and text that is not a cURL command is refused without a template.
#include "webhook/curlimport.h"
#include "webhook/requestdiff.h"
#include "webhook/requestrenderer.h"
#include "webhook/secretreference.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Webhook;

class TestCurlImport : public QObject
{
    Q_OBJECT

private slots:
    void partnerExampleBecomesATemplateWithoutItsToken()
    {
        const QString command = QStringLiteral(
            "curl -X POST 'https://api.quikly.com/webhook/braze' \\\n"
            "  -H 'Content-Type: application/json' \\\n"
            "  -H \"Authorization: Bearer qk_live_123\" \\\n"
            "  -d '{\"q_scope\": \"spring\", \"email\": \"{{email}}\"}'");
        CurlImport import;
        QString error;
        QVERIFY2(CurlImport::parse(command, &import, &error), qPrintable(error));
        const WebhookTemplate &t = import.webhook;
        QCOMPARE(t.method, QStringLiteral("POST"));
        QCOMPARE(t.url, QStringLiteral("https://api.quikly.com/webhook/braze"));
        QCOMPARE(import.secretName, QStringLiteral("quikly/authorization"));
        QCOMPARE(import.secretValue, QStringLiteral("qk_live_123"));
        QCOMPARE(import.secretText, QStringLiteral("qk_live_123"));
        QCOMPARE(t.headerValue(QStringLiteral("Authorization")), QStringLiteral("Bearer [[secret:quikly/authorization]]"));
        QVERIFY(!QJsonDocument(t.toJson()).toJson().contains("qk_live_123"));
        QCOMPARE(t.bodyMode, BodyMode::RawText);
        // The partner's {{email}} placeholder is sent literally, not rendered as Liquid.
        RequestRenderer renderer;
        const SecretValues secrets{{QStringLiteral("quikly/authorization"), QStringLiteral("qk_live_123")}};
        const RenderedRequest request = renderer.render(t, Liquid::Value(Liquid::Object()), &secrets);
        QVERIFY2(!request.hasErrors(), qPrintable(request.problems.value(0).format()));
        QCOMPARE(request.body, QStringLiteral("{\"q_scope\": \"spring\", \"email\": \"{{email}}\"}"));
        QCOMPARE(request.headerValue(QStringLiteral("Authorization")), QStringLiteral("Bearer qk_live_123"));
    }

    void basicAuthAndFormDataAreUnderstood()
    {
        CurlImport import;
        QString error;
        QVERIFY(CurlImport::parse(QStringLiteral("$ curl https://p.example.com/hook -u user:pass --data a=1 --data b=2 -s -L"), &import, &error));
        QCOMPARE(import.webhook.method, QStringLiteral("POST"));
        QCOMPARE(import.webhook.rawBody, QStringLiteral("a=1&b=2"));
        QCOMPARE(import.webhook.headerValue(QStringLiteral("Content-Type")), QStringLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(import.secretValue, QString::fromLatin1(QByteArray("user:pass").toBase64()));
        QCOMPARE(import.secretText, QStringLiteral("user:pass"));
        QCOMPARE(import.webhook.headerValue(QStringLiteral("Authorization")), QStringLiteral("Basic [[secret:example/authorization]]"));
        QVERIFY(import.notes.join(' ').contains(QStringLiteral("redirects")));
    }

    void whatIsNotACurlCommandIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("not curl") << "wget https://p.example.com/";
        QTest::newRow("no url") << "curl -X POST -H 'A: b'";
        QTest::newRow("open quote") << "curl 'https://p.example.com/";
        QTest::newRow("body from a file") << "curl https://p.example.com/ -d @body.json";
        QTest::newRow("not a web address") << "curl ftp://p.example.com/";
        QTest::newRow("empty") << "";
    }

    void whatIsNotACurlCommandIsRefused()
    {
        QFETCH(QString, command);
        CurlImport import;
        QString error;
        QVERIFY(!CurlImport::parse(command, &import, &error));
        QVERIFY(!error.isEmpty());
    }

    void cliWritesTheTemplateAndNeverTheToken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("imported.json"));
        QProcess cli;
        cli.start(QStringLiteral(BRAZE_CLI), {"webhook", "import-curl", "--output", path});
        cli.write("curl https://api.quikly.com/webhook/braze -H 'Authorization: Bearer qk_live_123' --json '{\"a\":1}'\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        QVERIFY(!out.contains("qk_live_123"));
        QVERIFY(out.contains("BRAZE_SECRET_QUIKLY_AUTHORIZATION"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("qk_live_123"));
        QVERIFY(saved.contains("[[secret:quikly/authorization]]"));

        cli.start(QStringLiteral(BRAZE_CLI), {"webhook", "import-curl", "--output", dir.filePath("no.json")});
        cli.write("this is not a command\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(!QFile::exists(dir.filePath("no.json")));
    }

    void requestDiffMarksTheLinesThatDiffer()
    {
        const RequestDiff diff = RequestDiff::compare(QStringLiteral("POST x\n\n{\n  \"a\": \"1\",\n  \"b\": \"2\"\n}"),
                                                      QStringLiteral("POST x\n\n{\n  \"a\": \"9\",\n  \"b\": \"2\",\n  \"c\": \"3\"\n}"));
        QStringList changedRight;
        for (const RequestDiff::Row &row : diff.rows) {
            if (row.changed && row.right >= 0)
                changedRight.append(diff.rightLines.at(row.right));
        }
        QCOMPARE(changedRight, (QStringList{"  \"a\": \"9\",", "  \"b\": \"2\",", "  \"c\": \"3\""}));
        QCOMPARE(RequestDiff::compare(QStringLiteral("same"), QStringLiteral("same")).changedRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"
