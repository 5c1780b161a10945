#include "webhook/jsontext.h"
#include "webhook/presetcatalog.h"
#include "webhook/previewuser.h"
#include "webhook/requestrenderer.h"
#include "webhook/settingreference.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Webhook;

// The renderer is what the preview, the send and braze-cli share: these tests pin the request
// it builds for a user.
class TestWebhookRender : public QObject
{
    Q_OBJECT

private slots:
    void quiklyPresetRendersValidJsonWithTheUsersEmail();
    void unsavedPartnerSettingIsAnError();
    void secretsAreMaskedInThePreviewAndSentForReal();
    void userDataCannotForgeASecretSlot();
    void rawJsonBodyErrorIsReportedAtItsLineAndColumn();
    void rawJsonBodyErrorPositionCountsCharactersNotBytes();
    void syntaxErrorNamesFieldLineAndColumn();
    void abortMessageStopsTheRequest();
    void missingAttributesAreListed();
    void pairValuesAreEscapedAndKeepTheirOrder();
    void translatedHeaderNamesFromTheSeedsAreFlagged();
    void getRequestsCarryNoBody();
    void prettyPrintKeepsKeyOrder();
    void eventAndTriggerPropertiesReachTheTemplate();
    void editToPreviewFastPathIsQuick();

private:
    PreviewUser user(const QString &json) const;
};

PreviewUser TestWebhookRender::user(const QString &json) const
{
    PreviewUser u;
    QString error;
    const bool ok = PreviewUser::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &u, &error);
    if (!ok)
        qWarning() << error;
    return u;
}

void TestWebhookRender::quiklyPresetRendersValidJsonWithTheUsersEmail()
{
    RequestRenderer renderer;
    const WebhookTemplate quikly = *PresetCatalog::byId(QStringLiteral("quikly"));
    const PreviewUser jana = user(QStringLiteral("{\"external_id\": \"u1\", \"email\": \"jana@example.com\"}"));
    const RenderedRequest r = renderer.render(SettingReference::resolved(quikly, {{QStringLiteral("quikly/q_scope"), QStringLiteral("spring")}}),
                                              jana.toLiquidData());
    QVERIFY2(!r.hasErrors(), qPrintable(r.problems.value(0).format()));
    QCOMPARE(r.method, QStringLiteral("POST"));
    QCOMPARE(r.url, QStringLiteral("https://api.quikly.com/webhook/braze"));
    QCOMPARE(r.headerValue(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(r.body.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.value(QStringLiteral("email")).toString(), QStringLiteral("jana@example.com"));
    QCOMPARE(body.value(QStringLiteral("q_scope")).toString(), QStringLiteral("spring"));
    QCOMPARE(r.body, QStringLiteral("{\"q_scope\":\"spring\",\"event\":\"your-event-identifier\",\"email\":\"jana@example.com\"}"));
    QVERIFY(r.missingAttributes.isEmpty());
}

// The preset refers to Quikly's saved q_scope; where none is saved the request is not the real one:
// it is not sent, and the problem says where the value is entered.
void TestWebhookRender::unsavedPartnerSettingIsAnError()
{
    RequestRenderer renderer;
    const WebhookTemplate quikly = *PresetCatalog::byId(QStringLiteral("quikly"));
    QCOMPARE(SettingReference::namesIn(quikly), QStringList{QStringLiteral("quikly/q_scope")});
    const RenderedRequest r = renderer.render(SettingReference::resolved(quikly, {}), user(QStringLiteral("{\"external_id\": \"u1\"}")).toLiquidData());
    QVERIFY(!r.canSend());
    QCOMPARE(r.missingSettings, QStringList{QStringLiteral("quikly/q_scope")});
    QVERIFY2(r.problems.first().message.contains(QLatin1String("q_scope from the partner's Settings tab ([[setting:quikly/q_scope]])")),
             qPrintable(r.problems.first().message));
}

void TestWebhookRender::secretsAreMaskedInThePreviewAndSentForReal()
{
    RequestRenderer renderer;
    const WebhookTemplate quikly = SettingReference::resolved(*PresetCatalog::byId(QStringLiteral("quikly")),
                                                              {{QStringLiteral("quikly/q_scope"), QStringLiteral("spring")}});
    const Liquid::Value data = user(QStringLiteral("{\"email\": \"a@b.co\"}")).toLiquidData();
    const RenderedRequest preview = renderer.render(quikly, data);
    QCOMPARE(preview.headerValue(QStringLiteral("Authorization")), QStringLiteral("Bearer ") + SecretReference::mask());
    QVERIFY(preview.headers.first().secret);
    QVERIFY(preview.toText().contains(SecretReference::mask()));

    const SecretValues none;
    const RenderedRequest unsent = renderer.render(quikly, data, &none);
    QCOMPARE(unsent.missingSecrets, QStringList{QStringLiteral("quikly/authorization")});
    QVERIFY(!unsent.canSend());

    const SecretValues values{{QStringLiteral("quikly/authorization"), QStringLiteral("tok-123")}};
    const RenderedRequest sent = renderer.render(quikly, data, &values);
    QCOMPARE(sent.headerValue(QStringLiteral("Authorization")), QStringLiteral("Bearer tok-123"));
    QVERIFY(sent.canSend());
}

void TestWebhookRender::userDataCannotForgeASecretSlot()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://example.com/");
    t.pairs = {{QStringLiteral("name"), QStringLiteral("{{${first_name}}}")}};
    t.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer [[secret:quikly/authorization]]")}};
    const SecretValues values{{QStringLiteral("quikly/authorization"), QStringLiteral("tok-123")}};
    // A profile field holding a placeholder is data, not a reference.
    const PreviewUser sneaky = user(QStringLiteral("{\"first_name\": \"[[secret:quikly/authorization]]\"}"));
    const RenderedRequest sent = renderer.render(t, sneaky.toLiquidData(), &values);
    QVERIFY(!sent.body.contains(QStringLiteral("tok-123")));
    QVERIFY(sent.body.contains(QStringLiteral("[[secret:quikly/authorization]]")));
}

void TestWebhookRender::rawJsonBodyErrorIsReportedAtItsLineAndColumn()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://example.com/");
    t.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    t.bodyMode = BodyMode::RawText;
    // The user's name carries a quote: without json_escape the rendered body breaks on line 2.
    t.rawBody = QStringLiteral("{\n  \"name\": \"{{${first_name}}}\",\n  \"ok\": true\n}");
    const RenderedRequest r = renderer.render(t, user(QStringLiteral("{\"first_name\": \"Jo \\\"JJ\\\" Smith\"}")).toLiquidData());
    QVERIFY(r.hasErrors());
    const WebhookProblem p = r.problems.first();
    QCOMPARE(p.field, WebhookProblem::Field::RenderedBody);
    QCOMPARE(p.line, 2);
    QVERIFY2(p.column >= 15 && p.column <= 17, qPrintable(p.format()));

    t.rawBody = QStringLiteral("{\n  \"name\": \"{{${first_name} | json_escape}}\",\n  \"ok\": true\n}");
    const RenderedRequest fixed = renderer.render(t, user(QStringLiteral("{\"first_name\": \"Jo \\\"JJ\\\" Smith\"}")).toLiquidData());
    QVERIFY2(!fixed.hasErrors(), qPrintable(fixed.problems.value(0).format()));
}

void TestWebhookRender::rawJsonBodyErrorPositionCountsCharactersNotBytes()
{
    const JsonText::ParseProblem p = JsonText::validate(QStringLiteral("{\"stadt\": \"Köln\", \"x\": tru}"));
    QVERIFY(p.isValid());
    QCOMPARE(p.line, 1);
    // "{"stadt": "Köln", "x": " is 24 characters; the bad value starts at column 25.
    QVERIFY2(p.column >= 25 && p.column <= 28, qPrintable(QString::number(p.column)));
    const JsonText::ParseProblem multi = JsonText::validate(QStringLiteral("{\n\"a\": 1\n\"b\": 2}"));
    QCOMPARE(multi.line, 3);
}

void TestWebhookRender::syntaxErrorNamesFieldLineAndColumn()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://example.com/");
    t.bodyMode = BodyMode::RawText;
    t.rawBody = QStringLiteral("line one\n{% if ${first_name} %}no end");
    const RenderedRequest r = renderer.render(t, PreviewUser().toLiquidData());
    QVERIFY(r.hasErrors());
    const WebhookProblem p = r.problems.first();
    QCOMPARE(p.field, WebhookProblem::Field::RawBody);
    QCOMPARE(p.line, 2);
    QVERIFY(p.column >= 1);
    QVERIFY(p.format().startsWith(QStringLiteral("2:")));
    QCOMPARE(renderer.syntaxProblems(t).size(), 1);
}

void TestWebhookRender::abortMessageStopsTheRequest()
{
    RequestRenderer renderer;
    WebhookTemplate t = *PresetCatalog::byId(QStringLiteral("quikly"));
    t.pairs[2].value = QStringLiteral("{% if ${email_address} == blank %}{% abort_message('no e-mail address') %}{% endif %}{{${email_address}}}");
    const RenderedRequest r = renderer.render(t, user(QStringLiteral("{\"external_id\": \"u2\"}")).toLiquidData());
    QVERIFY(r.aborted);
    QCOMPARE(r.abortMessage, QStringLiteral("no e-mail address"));
    QVERIFY(!r.canSend());
}

void TestWebhookRender::missingAttributesAreListed()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://example.com/{{${user_id}}}");
    t.pairs = {{QStringLiteral("zip"), QStringLiteral("{{custom_attribute.${zip code}}}")},
               {QStringLiteral("tier"), QStringLiteral("{{custom_attribute.${tier}}}")},
               {QStringLiteral("email"), QStringLiteral("{{${email_address}}}")}};
    const RenderedRequest r = renderer.render(t, user(QStringLiteral("{\"external_id\": \"u3\", \"custom_attributes\": {\"tier\": \"gold\"}}")).toLiquidData());
    QCOMPARE(r.url, QStringLiteral("https://example.com/u3"));
    QVERIFY2(r.missingAttributes.contains(QStringLiteral("custom_attribute.${zip code}")), qPrintable(r.missingAttributes.join(',')));
    QVERIFY(r.missingAttributes.contains(QStringLiteral("${email_address}")));
    QVERIFY(!r.missingAttributes.contains(QStringLiteral("custom_attribute.${tier}")));
    QVERIFY(!r.missingAttributes.contains(QStringLiteral("${user_id}")));
}

void TestWebhookRender::pairValuesAreEscapedAndKeepTheirOrder()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://example.com/");
    t.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    t.pairs = {{QStringLiteral("z"), QStringLiteral("{{${first_name}}}")}, {QStringLiteral("a"), QStringLiteral("2")}};
    const RenderedRequest r = renderer.render(t, user(QStringLiteral("{\"first_name\": \"Say \\\"hi\\\"\\n\"}")).toLiquidData());
    QCOMPARE(r.body, QStringLiteral("{\"z\":\"Say \\\"hi\\\"\\n\",\"a\":\"2\"}"));
    QVERIFY(!JsonText::validate(r.body).isValid());
    QCOMPARE(r.displayBody(), QStringLiteral("{\n  \"z\": \"Say \\\"hi\\\"\\n\",\n  \"a\": \"2\"\n}"));
}

void TestWebhookRender::translatedHeaderNamesFromTheSeedsAreFlagged()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://api.quikly.com/webhook/braze");
    t.headers = {{QStringLiteral("Autorisierung"), QStringLiteral("Überbringer x")}, {QStringLiteral("Content-Typ"), QStringLiteral("application/json")}};
    const RenderedRequest r = renderer.render(t, PreviewUser().toLiquidData());
    QStringList places;
    for (const WebhookProblem &p : r.problems)
        places.append(p.place());
    QVERIFY(places.contains(QStringLiteral("header 1 name")));
    QVERIFY(places.contains(QStringLiteral("header 1 value")));
    QVERIFY(places.contains(QStringLiteral("header 2 name")));
}

void TestWebhookRender::getRequestsCarryNoBody()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.method = QStringLiteral("GET");
    t.url = QStringLiteral("https://example.com/?e={{${email_address} | url_param_escape}}");
    t.pairs = {{QStringLiteral("a"), QStringLiteral("1")}};
    const RenderedRequest r = renderer.render(t, user(QStringLiteral("{\"email\": \"a&b@c.de\"}")).toLiquidData());
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.url, QStringLiteral("https://example.com/?e=a%26b@c.de"));
    QVERIFY(!r.hasErrors());
    QVERIFY(!r.problems.isEmpty());   // the warning that the pairs are not sent
}

void TestWebhookRender::prettyPrintKeepsKeyOrder()
{
    QCOMPARE(JsonText::pretty(QStringLiteral("{\"b\":[1,{}],\"a\":\"x,y\"}")),
             QStringLiteral("{\n  \"b\": [\n    1,\n    {}\n  ],\n  \"a\": \"x,y\"\n}"));
}

void TestWebhookRender::eventAndTriggerPropertiesReachTheTemplate()
{
    RequestRenderer renderer;
    WebhookTemplate t;
    t.url = QStringLiteral("https://example.com/");
    t.pairs = {{QStringLiteral("store"), QStringLiteral("{{event_properties.${store_id}}}")},
               {QStringLiteral("entry"), QStringLiteral("{{canvas_entry_properties.${offer}}}")},
               {QStringLiteral("api"), QStringLiteral("{{api_trigger_properties.${code}}}")},
               {QStringLiteral("city"), QStringLiteral("{{${city}}}")}};
    const PreviewUser u = user(QStringLiteral("{\"home_city\": \"Lyon\", \"event_properties\": {\"store_id\": 42},"
                                              "\"canvas_entry_properties\": {\"offer\": \"10%\"}, \"api_trigger_properties\": {\"code\": \"X1\"}}"));
    const RenderedRequest r = renderer.render(t, u.toLiquidData());
    QCOMPARE(r.body, QStringLiteral("{\"store\":\"42\",\"entry\":\"10%\",\"api\":\"X1\",\"city\":\"Lyon\"}"));
}

void TestWebhookRender::editToPreviewFastPathIsQuick()
{
    // Each keystroke changes one field: that field is parsed again, the others come from the cache.
    RequestRenderer renderer;
    WebhookTemplate t = *PresetCatalog::byId(QStringLiteral("quikly"));
    t.bodyMode = BodyMode::RawText;
    const Liquid::Value data = user(QStringLiteral("{\"email\": \"a@b.co\", \"first_name\": \"Ann\"}")).toLiquidData();
    const QString typed = QStringLiteral("{\"email\": \"{{${email_address} | json_escape}}\", \"hello\": \"{{${first_name} | default: 'there'}}\"}");
    QElapsedTimer timer;
    timer.start();
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        t.rawBody = typed.left(n);
        renderer.render(t, data);
    }
    const double perEdit = double(timer.nsecsElapsed()) / 1e6 / double(typed.size());
    qInfo("edit-to-preview (parse + render + JSON check): %.3f ms per keystroke over %lld keystrokes", perEdit, qlonglong(typed.size()));
    QVERIFY2(perEdit < 50.0, qPrintable(QString::number(perEdit)));
    t.rawBody = typed;
    QVERIFY(!renderer.render(t, data).hasErrors());
}

QTEST_GUILESS_MAIN(TestWebhookRender)
#include "tst_webhookrender.moc"
