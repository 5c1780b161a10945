#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "webhook/presetcatalog.h"
#include "webhook/previewuserlookup.h"
#include "webhook/requestrenderer.h"
#include "webhook/settingreference.h"
#include "webhook/testsend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Webhook;
using namespace Sandbox;

// Preview users and test sends against a real sandbox on a loopback port.
class TestWebhookSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void existingUserIsFoundByEachIdentifier_data();
    void existingUserIsFoundByEachIdentifier();
    void unknownUserIsReportedInWords();
    void randomUserComesFromTheSandbox();
    void randomUserIsRefusedForRealWorkspaces();
    void sendReachesTheSandboxReceiverAndTheRequestLog();

private:
    PreviewUser find(const Braze::UserIdentifier &who);
    QJsonObject sandboxUserWith(const std::function<bool(const QJsonObject &)> &predicate);

    SandboxHost m_sandbox;
    std::unique_ptr<Braze::BrazeClient> m_client;
    QJsonArray m_users;
};

void TestWebhookSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    Braze::ClientConfig config;
    config.baseUrl = m_sandbox.baseUrl();
    config.apiKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
    config.workspaceLabel = QStringLiteral("Sandbox");
    config.options.maxRetries = 0;
    m_client = std::make_unique<Braze::BrazeClient>(config);
    Braze::RequestHandle *state = m_client->rawCall("GET", QStringLiteral("/_sandbox/state"));
    QSignalSpy done(state, &Braze::RequestHandle::finished);
    QVERIFY(done.wait(5000));
    m_users = done.first().first().value<Braze::ApiResult>().json.object().value(QStringLiteral("users")).toArray();
    QVERIFY(m_users.size() > 12);
}

void TestWebhookSandbox::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

QJsonObject TestWebhookSandbox::sandboxUserWith(const std::function<bool(const QJsonObject &)> &predicate)
{
    for (const QJsonValue &v : std::as_const(m_users)) {
        if (predicate(v.toObject()))
            return v.toObject();
    }
    return {};
}

PreviewUser TestWebhookSandbox::find(const Braze::UserIdentifier &who)
{
    PreviewUserLookup lookup(m_client.get());
    QSignalSpy found(&lookup, &PreviewUserLookup::found);
    QSignalSpy failed(&lookup, &PreviewUserLookup::failed);
    lookup.lookUp(who);
    if (!QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 5000))
        return {};
    if (!failed.isEmpty()) {
        qWarning() << failed.first().first().toString();
        return {};
    }
    return found.first().first().value<PreviewUser>();
}

void TestWebhookSandbox::existingUserIsFoundByEachIdentifier_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("external_id") << "external_id";
    QTest::newRow("braze_id") << "braze_id";
    QTest::newRow("email") << "email";
    QTest::newRow("phone") << "phone";
    QTest::newRow("alias") << "alias";
}

void TestWebhookSandbox::existingUserIsFoundByEachIdentifier()
{
    QFETCH(QString, kind);
    const QString sharedEmail = QStringLiteral("familie.mueller@example.de");
    const QJsonObject target = sandboxUserWith([&](const QJsonObject &u) {
        if (kind == QLatin1String("alias"))
            return !u.value(QStringLiteral("user_aliases")).toArray().isEmpty();
        return !u.value(QStringLiteral("external_id")).toString().isEmpty() && !u.value(QStringLiteral("phone")).toString().isEmpty()
               && u.value(QStringLiteral("email")).toString() != sharedEmail;
    });
    QVERIFY(!target.isEmpty());
    Braze::UserIdentifier who;
    if (kind == QLatin1String("external_id"))
        who = Braze::UserIdentifier::externalId(target.value(QStringLiteral("external_id")).toString());
    else if (kind == QLatin1String("braze_id"))
        who = Braze::UserIdentifier::brazeId(target.value(QStringLiteral("braze_id")).toString());
    else if (kind == QLatin1String("email"))
        who = Braze::UserIdentifier::email(target.value(QStringLiteral("email")).toString());
    else if (kind == QLatin1String("phone"))
        who = Braze::UserIdentifier::phone(target.value(QStringLiteral("phone")).toString());
    else {
        const QJsonObject alias = target.value(QStringLiteral("user_aliases")).toArray().first().toObject();
        who = Braze::UserIdentifier::alias(alias.value(QStringLiteral("alias_name")).toString(), alias.value(QStringLiteral("alias_label")).toString());
    }
    const PreviewUser user = find(who);
    QCOMPARE(user.profile.value(QStringLiteral("braze_id")).toString(), target.value(QStringLiteral("braze_id")).toString());

    // The found user renders the Quikly preset with their own e-mail.
    RequestRenderer renderer;
    const RenderedRequest r = renderer.render(*PresetCatalog::byId(QStringLiteral("quikly")), user.toLiquidData());
    QVERIFY(!r.hasErrors());
    QCOMPARE(QJsonDocument::fromJson(r.body.toUtf8()).object().value(QStringLiteral("email")).toString(),
             target.value(QStringLiteral("email")).toString());
}

void TestWebhookSandbox::unknownUserIsReportedInWords()
{
    PreviewUserLookup lookup(m_client.get());
    QSignalSpy failed(&lookup, &PreviewUserLookup::failed);
    lookup.lookUp(Braze::UserIdentifier::externalId(QStringLiteral("nobody-here-4711")));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("nobody-here-4711")), qPrintable(failed.first().first().toString()));
}

void TestWebhookSandbox::randomUserComesFromTheSandbox()
{
    PreviewUserLookup lookup(m_client.get());
    QSignalSpy found(&lookup, &PreviewUserLookup::found);
    lookup.lookUpRandom(true);
    QVERIFY(found.wait(5000));
    const PreviewUser user = found.first().first().value<PreviewUser>();
    const QString brazeId = user.profile.value(QStringLiteral("braze_id")).toString();
    QVERIFY(!sandboxUserWith([&](const QJsonObject &u) { return u.value(QStringLiteral("braze_id")).toString() == brazeId; }).isEmpty());
}

void TestWebhookSandbox::randomUserIsRefusedForRealWorkspaces()
{
    PreviewUserLookup lookup(m_client.get());
    QSignalSpy failed(&lookup, &PreviewUserLookup::failed);
    lookup.lookUpRandom(false);
    QCOMPARE(failed.count(), 1);
}

void TestWebhookSandbox::sendReachesTheSandboxReceiverAndTheRequestLog()
{
    Braze::RequestLogModel log;
    m_client->setRequestLog(&log);
    RequestRenderer renderer;
    PreviewUser user;
    user.profile = QJsonObject{{QStringLiteral("email"), QStringLiteral("test.send@example.com")}};
    const SecretValues secrets{{QStringLiteral("quikly/authorization"), QStringLiteral("quikly-secret-xyz")}};
    const WebhookTemplate quikly = SettingReference::resolved(*PresetCatalog::byId(QStringLiteral("quikly")),
                                                              {{QStringLiteral("quikly/q_scope"), QStringLiteral("spring")}});
    const RenderedRequest request = renderer.render(quikly, user.toLiquidData(), &secrets);
    QVERIFY(request.canSend());
    const QUrl receiver = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/webhooks/quikly-test")));
    Braze::RequestHandle *handle = sendTest(*m_client, request, receiver);
    QSignalSpy done(handle, &Braze::RequestHandle::finished);
    QVERIFY(done.wait(5000));
    const Braze::ApiResult result = done.first().first().value<Braze::ApiResult>();
    QCOMPARE(result.httpStatus, 200);
    const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(QStringLiteral("json")).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("test.send@example.com"));

    // Read back what the receiver kept.
    Braze::RequestHandle *list = m_client->rawCall("GET", QStringLiteral("/_sandbox/webhooks"));
    QSignalSpy listed(list, &Braze::RequestHandle::finished);
    QVERIFY(listed.wait(5000));
    const QJsonArray received = listed.first().first().value<Braze::ApiResult>().json.array();
    QVERIFY(!received.isEmpty());
    QCOMPARE(received.last().toObject().value(QStringLiteral("body")).toString(), request.body);

    // The exchange is in the request log, with the partner secret redacted.
    QTRY_VERIFY(log.rowCount() > 0);
    bool logged = false;
    for (int row = 0; row < log.rowCount(); ++row) {
        const Braze::RequestLogEntry &entry = log.entry(row);
        logged = logged || entry.url.contains(QStringLiteral("/_sandbox/webhooks/quikly-test"));
        QByteArray everything = entry.requestBody + entry.responseBody + entry.url.toUtf8();
        for (const auto &[name, value] : entry.requestHeaders + entry.responseHeaders)
            everything += name + value;
        QVERIFY2(!everything.contains("quikly-secret-xyz"), qPrintable(entry.url));
    }
    QVERIFY(logged);
    m_client->setRequestLog(nullptr);
}

QTEST_GUILESS_MAIN(TestWebhookSandbox)
#include "tst_webhooksandbox.moc"
