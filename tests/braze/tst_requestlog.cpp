#include "log/curlcommand.h"
#include "log/redactor.h"
#include "log/requestlogexport.h"
#include "log/requestlogfilter.h"
#include "log/requestlogmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Braze;

namespace {

const QByteArray Key = "3f0c7a52-1111-4e7b-9c2d-abcdefabcdef";

RequestLogEntry entry(const QString &workspace, const QString &path, int status)
{
    Redactor redactor;
    redactor.setApiKey(Key);
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.workspace = workspace;
    e.method = "POST";
    e.url = QStringLiteral("https://rest.iad-01.braze.com") + path;
    e.httpStatus = status;
    e.requestHeaders = redactor.redactHeaders({{"Authorization", "Bearer " + Key}, {"Content-Type", "application/json"}}, {});
    e.requestBody = redactor.redact(QByteArray("{\"api_key\":\"") + Key + "\",\"attributes\":[{\"external_id\":\"it's\"}]}");
    e.responseBody = "{\"message\":\"success\"}";
    e.carriesApiKey = true;
    return e;
}

} // namespace

// The request log keeps every exchange, filters it, exports it and turns it into cURL, and the
// API key never appears in any of these.
class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void redactsKeysAndSecretHeaders()
    {
        Redactor redactor;
        redactor.setApiKey(Key);
        redactor.addSecret("partner-token-123");
        const HeaderList headers = redactor.redactHeaders(
            {{"authorization", "Bearer " + Key}, {"X-Partner", "partner-token-123"}, {"X-Trace", "abc"}}, {"X-Partner"});
        QCOMPARE(headers.at(0).second, QByteArray("Bearer $BRAZE_API_KEY"));
        QCOMPARE(headers.at(1).second, QByteArray("[redacted]"));
        QCOMPARE(headers.at(2).second, QByteArray("abc"));
        // A webhook's own Authorization header is redacted even if nobody marked it secret.
        QCOMPARE(redactor.redactHeaders({{"Authorization", "Bearer quikly-secret"}}, {}).first().second, QByteArray("[redacted]"));
        QVERIFY(!redactor.redact(QByteArray("url?api_key=") + QUrl::toPercentEncoding(QString::fromLatin1(Key))).contains(Key));
        QVERIFY(!redactor.redact(QByteArray("{\"token\":\"partner-token-123\"}")).contains("partner-token-123"));
    }

    void filtersByWorkspaceStatusAndEndpoint()
    {
        RequestLogModel model;
        RequestLogFilter filter;
        filter.setSourceModel(&model);
        model.append(entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201));
        model.append(entry(QStringLiteral("Prod"), QStringLiteral("/users/export/ids"), 403));
        model.append(entry(QStringLiteral("Staging"), QStringLiteral("/users/track"), 503));
        model.append(entry(QStringLiteral("Staging"), QStringLiteral("/users/track"), 0));
        QCOMPARE(model.workspaces(), (QStringList{QStringLiteral("Prod"), QStringLiteral("Staging")}));
        QCOMPARE(filter.rowCount(), 4);
        filter.setWorkspace(QStringLiteral("Staging"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusClass(QStringLiteral("5xx"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setWorkspace({});
        filter.setStatusClass(QStringLiteral("none"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass({});
        filter.setEndpointPath(QStringLiteral("/users/export/ids"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("403"));

        model.setMaxEntries(2);
        model.append(entry(QStringLiteral("Prod"), QStringLiteral("/segments/list"), 200));
        QCOMPARE(model.rowCount(), 4); // the cap applies to new entries one at a time
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.workspaces().isEmpty());
    }

    void exportsWithoutTheKey()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("log.json"));
        QString error;
        QVERIFY(exportRequestLog({entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201)}, fileName, &error));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(Key));
        const QJsonObject first = QJsonDocument::fromJson(content).object().value(QStringLiteral("requests")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(first.value(QStringLiteral("response_body")).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("success"));

        QVERIFY(!exportRequestLog({}, dir.filePath(QStringLiteral("missing/folder/log.json")), &error));
        QVERIFY(error.contains(QLatin1String("missing/folder")));
    }

    void curlUsesThePlaceholderUnlessAskedForTheKey()
    {
        const RequestLogEntry e = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201);
        const QString withoutKey = curlCommand(e);
        QVERIFY(!withoutKey.contains(QString::fromLatin1(Key)));
        QVERIFY2(withoutKey.contains(QLatin1String("-H \"Authorization: Bearer $BRAZE_API_KEY\"")), qPrintable(withoutKey));
        QVERIFY(withoutKey.startsWith(QLatin1String("curl -X POST 'https://rest.iad-01.braze.com/users/track'")));
        QVERIFY2(withoutKey.contains(QLatin1String("it'\\''s")), qPrintable(withoutKey)); // quotes survive the shell
        const QString withKey = curlCommand(e, QString::fromLatin1(Key));
        QVERIFY(withKey.contains(QLatin1String("'Authorization: Bearer ") + QString::fromLatin1(Key) + QLatin1Char('\'')));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
