#include "braze/log/curlcommand.h"
#include "braze/log/redactor.h"
#include "braze/log/requestlogexport.h"
#include "braze/log/requestlogfile.h"
#include "braze/log/requestlogfilter.h"
#include "braze/log/requestlogmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    void httpieFollowsTheSameKeyRule()
    {
        const RequestLogEntry e = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201);
        const QString withoutKey = httpieCommand(e);
        QVERIFY2(withoutKey.startsWith(QLatin1String("http --raw '{")), qPrintable(withoutKey));
        QVERIFY2(withoutKey.contains(QLatin1String(" POST 'https://rest.iad-01.braze.com/users/track' ")), qPrintable(withoutKey));
        QVERIFY2(withoutKey.contains(QLatin1String("\"Authorization:Bearer $BRAZE_API_KEY\"")), qPrintable(withoutKey));
        QVERIFY(!withoutKey.contains(QString::fromLatin1(Key)));
        QVERIFY(httpieCommand(e, QString::fromLatin1(Key)).contains(QLatin1String("'Authorization:Bearer ") + QString::fromLatin1(Key)));
    }

    // Search, time range and the hidden permission check combine; each narrows the others.
    void searchTimeAndOriginCombine()
    {
        RequestLogModel model;
        RequestLogFilter filter;
        filter.setSourceModel(&model);
        RequestLogEntry check = entry(QStringLiteral("Prod"), QStringLiteral("/segments/list"), 401);
        check.origin.kind = RequestOrigin::Kind::PermissionCheck;
        RequestLogEntry step = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 400);
        step.origin = RequestOrigin::workflow(QStringLiteral("Quikly · E-mail sign-up"), 2, QStringLiteral("Track the sign-up"));
        step.responseBody = R"({"errors":[{"type":"'email' is not valid"}]})";
        RequestLogEntry old = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201);
        old.time = QDateTime::currentDateTimeUtc().addDays(-2);
        model.append(check);
        model.append(step);
        model.append(old);
        QCOMPARE(model.permissionCheckCount(), 1);
        QCOMPARE(filter.rowCount(), 2); // the permission check is hidden by default
        filter.setShowPermissionChecks(true);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, RequestLogModel::OriginColumn).data().toString(), QStringLiteral("Permission check (harmless)"));
        QVERIFY(filter.index(1, RequestLogModel::OriginColumn).data().toString().contains(QLatin1String("step 2: Track the sign-up")));

        filter.setSearchText(QStringLiteral("IS NOT VALID")); // response body, any case
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("401")); // status
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("users/track"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setTimeRange(QDateTime::currentDateTimeUtc().addSecs(-3600), {});
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(QStringLiteral("2xx"));
        QCOMPARE(filter.rowCount(), 0);
        filter.clearFilters();
        QCOMPARE(filter.rowCount(), 3);
    }

    void entriesSurviveTheirJson()
    {
        RequestLogEntry e = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201);
        e.callId = 1733580000123456;
        e.origin.kind = RequestOrigin::Kind::Replay;
        e.origin.replayOf = 1733580000000001;
        e.rateLimit = {3000, 2999, 1733580003};
        RequestLogEntry back;
        QVERIFY(requestLogEntryFromJson(requestLogEntryToJson(e), &back));
        QCOMPARE(back.callId, e.callId);
        QCOMPARE(back.origin.kind, RequestOrigin::Kind::Replay);
        QCOMPARE(back.origin.replayOf, e.origin.replayOf);
        QCOMPARE(back.endpoint, Endpoint::UsersTrack);
        QCOMPARE(back.rateLimit.remaining, 2999);
        QCOMPARE(QJsonDocument::fromJson(back.requestBody), QJsonDocument::fromJson(e.requestBody));
        QCOMPARE(back.time, e.time);
        QVERIFY(!requestLogEntryFromJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}}, &back));
    }

    // The log is kept in a file between runs: read back, capped with the oldest dropped first,
    // and a file that cannot be read is set aside, not overwritten.
    void logFileKeepsCapsAndSetsAsideAnUnreadableFile()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("data/request-log.jsonl"));
        {
            RequestLogModel log;
            RequestLogFile file(fileName, &log);
            QCOMPARE(file.load(), QString());
            file.setMaxBytes(8 * 1024);
            for (int i = 0; i < 40; ++i) {
                RequestLogEntry e = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201);
                e.callId = quint64(i + 1);
                log.append(e);
            }
            QVERIFY(QFileInfo(fileName).size() <= 8 * 1024);
        }
        QFile raw(fileName);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(Key));
        raw.close();

        RequestLogModel restarted;
        RequestLogFile file(fileName, &restarted);
        QCOMPARE(file.load(), QString());
        QVERIFY(restarted.rowCount() > 5);
        QVERIFY(restarted.rowCount() < 40);
        QCOMPARE(restarted.entries().last().callId, quint64(40)); // the newest kept, the oldest dropped

        QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write("not a request log\n");
        raw.close();
        RequestLogModel third;
        RequestLogFile broken(fileName, &third);
        const QString problem = broken.load();
        QVERIFY2(problem.contains(QLatin1String("unreadable")), qPrintable(problem));
        QCOMPARE(third.rowCount(), 0);
        const QStringList aside = QDir(dir.filePath(QStringLiteral("data"))).entryList({QStringLiteral("*.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(QStringLiteral("data/")) + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("not a request log\n"));

        broken.setKeeping(false);
        third.append(entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201));
        QVERIFY(!QFile::exists(fileName));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
