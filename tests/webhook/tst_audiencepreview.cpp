// The audience preview: one template rendered for many users, summarised (sent / aborted /
// broken, missing attributes, what every output rendered, body sizes), streamed from a JSON
// lines file on a worker thread that reports progress and stops on Cancel.
#include "webhook/audience/audiencepreview.h"
#include "webhook/audience/audiencereport.h"
#include "webhook/audience/audiencerenderer.h"
#include "webhook/audience/userlinesreader.h"
#include "webhook/presetcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Webhook;

namespace {

// Users without end, until told to stop: a Cancel must be able to interrupt any input.
class EndlessInput : public AudienceInput
{
public:
    bool next(Item *item) override
    {
        item->user.profile = QJsonObject{{QStringLiteral("external_id"), QStringLiteral("u%1").arg(m_done)},
                                         {QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(m_done)}};
        item->ref = AudienceUserRef{item->user.displayName(), 0, -1, m_done};
        item->error.clear();
        ++m_done;
        return true;
    }
    qint64 done() const override { return m_done; }
    qint64 total() const override { return -1; }

private:
    qint64 m_done = 0;
};

WebhookTemplate rawTemplate(const QString &url, const QString &body, const QList<KeyValueRow> &extraHeaders = {})
{
    WebhookTemplate t;
    t.url = url;
    t.headers = QList<KeyValueRow>{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}} + extraHeaders;
    t.bodyMode = BodyMode::RawText;
    t.rawBody = body;
    return t;
}

AudienceSummary summarise(const WebhookTemplate &webhook, const QList<QJsonObject> &profiles)
{
    QList<PreviewUser> users;
    for (const QJsonObject &profile : profiles) {
        PreviewUser user;
        user.profile = profile;
        users.append(user);
    }
    UserListInput input(users);
    const std::atomic_bool cancelled = false;
    return AudienceRenderer(webhook).run(input, cancelled);
}

QJsonObject person(const QString &id, const QString &email = QString(), const QJsonObject &custom = {})
{
    QJsonObject profile{{QStringLiteral("external_id"), id}};
    if (!email.isEmpty())
        profile.insert(QStringLiteral("email"), email);
    if (!custom.isEmpty())
        profile.insert(QStringLiteral("custom_attributes"), custom);
    return profile;
}

QStringList labels(const AudienceGroup &group)
{
    QStringList names;
    for (const AudienceUserRef &ref : group.users)
        names.append(ref.label);
    return names;
}

} // namespace

class TestAudiencePreview : public QObject
{
    Q_OBJECT

private slots:
    void quiklyPresetNamesTheUsersWithoutEmail()
    {
        const WebhookTemplate quikly = *PresetCatalog::byId(QStringLiteral("quikly"));
        const AudienceSummary s = summarise(quikly, {person("u1", "a@example.com"), person("u2"), person("u3", "a@example.com"), person("u4")});
        QCOMPARE(s.users(), 4);
        const QList<AudienceGroup> missing = s.groups(AudienceGroup::Kind::MissingAttribute);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().reason, QStringLiteral("${email_address}"));
        QCOMPARE(labels(missing.first()), (QStringList{"u2", "u4"}));
        // The e-mail output: empty twice, its most common value first.
        const QList<OutputTally> outputs = s.outputs();
        const auto email = std::find_if(outputs.begin(), outputs.end(), [](const OutputTally &o) { return o.source().contains("email_address"); });
        QVERIFY(email != outputs.end());
        QCOMPARE(email->source(), QStringLiteral("{{${email_address}}}"));
        QCOMPARE(email->rendered(), 4);
        QCOMPARE(email->empty().count, 2);
        QCOMPARE(email->topValues(1).value(0), (std::pair<QString, qint64>{QString(), 2}));
        QCOMPARE(email->topValues(2).value(1), (std::pair<QString, qint64>{QStringLiteral("a@example.com"), 2}));
    }

    void abortsAreGroupedByReason()
    {
        const WebhookTemplate t = rawTemplate(QStringLiteral("https://partner.example.com/hook"),
            QStringLiteral("{% if ${email_address} == blank %}{% abort_message('no e-mail') %}{% endif %}"
                           "{% if custom_attribute.${vip} %}{% abort_message %}{% endif %}{\"e\": \"{{${email_address}}}\"}"));
        const AudienceSummary s = summarise(t, {person("u1"), person("u2"), person("u3", "c@example.com", {{"vip", true}}),
                                                person("u4", "d@example.com")});
        QCOMPARE(s.aborted(), 3);
        QCOMPARE(s.sent(), 1);
        const QList<AudienceGroup> aborted = s.groups(AudienceGroup::Kind::Aborted);
        QCOMPARE(aborted.size(), 2);
        QCOMPARE(aborted.at(0).reason, QStringLiteral("no e-mail"));   // most users first
        QCOMPARE(aborted.at(0).count, 2);
        QCOMPARE(aborted.at(1).reason, QStringLiteral("{% abort_message %} called"));
        QCOMPARE(labels(aborted.at(1)), QStringList{"u3"});
    }

    void brokenRequestsSayWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("code");
        QTest::newRow("invalid JSON") << "https://p.example.com/" << "{\"name\": \"{{${first_name}}}\"}" << "" << "invalid_json";
        QTest::newRow("header line break") << "https://p.example.com/" << "{}" << "{{${first_name}}}" << "header_line_break";
        QTest::newRow("not https") << "http://p.example.com/" << "{}" << "" << "url_not_https";
        QTest::newRow("port") << "https://p.example.com:8443/" << "{}" << "" << "url_port";
        QTest::newRow("no address") << "{{custom_attribute.${host}}}" << "{}" << "" << "url_invalid";
    }

    void brokenRequestsSayWhy()
    {
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, header);
        QFETCH(QString, code);
        const QList<KeyValueRow> extra = header.isEmpty() ? QList<KeyValueRow>() : QList<KeyValueRow>{{QStringLiteral("X-Name"), header}};
        const AudienceSummary s = summarise(rawTemplate(url, body, extra), {person("fine"), [] {
            QJsonObject p = person("quote");
            p.insert(QStringLiteral("first_name"), QStringLiteral("Ann \"The\"\nAnn"));
            return p;
        }()});
        const QList<AudienceGroup> broken = s.groups(AudienceGroup::Kind::Broken);
        QVERIFY(!broken.isEmpty());
        QCOMPARE(broken.first().code, code);
        QVERIFY(!broken.first().reason.isEmpty());
        QVERIFY(labels(broken.first()).contains(QStringLiteral("quote")));
        QCOMPARE(s.sent() + s.broken(), 2);
    }

    void defaultsAndTopValuesPerOutput()
    {
        WebhookTemplate t = rawTemplate(QStringLiteral("https://p.example.com/"), QString());
        t.bodyMode = BodyMode::KeyValuePairs;
        t.pairs = {{QStringLiteral("tier"), QStringLiteral("{{custom_attribute.${tier} | default: 'bronze'}}")},
                   {QStringLiteral("city"), QStringLiteral("{{${city}}}")}};
        QList<QJsonObject> people;
        for (int i = 0; i < 30; ++i)
            people.append(person(QStringLiteral("u%1").arg(i), QString(), i % 3 == 0 ? QJsonObject() : QJsonObject{{"tier", i % 2 ? "gold" : "silver"}}));
        const AudienceSummary s = summarise(t, people);
        const QList<OutputTally> outputs = s.outputs();
        QCOMPARE(outputs.size(), 2);
        QCOMPARE(s.outputLabel(outputs.at(0)), QStringLiteral("tier · {{custom_attribute.${tier} | default: 'bronze'}}"));
        QCOMPARE(outputs.at(0).fellBack().count, 10);
        QCOMPARE(outputs.at(0).empty().count, 0);
        QCOMPARE(outputs.at(0).topValues(10).size(), 3);
        QCOMPARE(outputs.at(0).topValues(10).first().second, 10);
        QCOMPARE(outputs.at(1).empty().count, 30);
        QCOMPARE(outputs.at(1).fellBack().count, 0);
        QVERIFY(s.largestBodyBytes() > 0);
        QVERIFY(s.averageBodyBytes() <= s.largestBodyBytes());
    }

    void groupsKeepABoundedListOfUsers()
    {
        AudienceGroup group;
        for (int i = 0; i < AudienceGroup::MaxUsersKept + 10; ++i)
            group.add(AudienceUserRef{QString::number(i)});
        QCOMPARE(group.count, AudienceGroup::MaxUsersKept + 10);
        QCOMPARE(group.users.size(), AudienceGroup::MaxUsersKept);
        OutputTally tally;
        for (int i = 0; i < OutputTally::MaxDistinctValues + 7; ++i)
            tally.add({}, QString::number(i), false);
        QCOMPARE(tally.distinctValues(), OutputTally::MaxDistinctValues);
        QCOMPARE(tally.otherValues(), 7);
    }

    void brokenLinesAreReportedByNumberAndTheRestPreviewed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"external_id\": \"u1\", \"email\": \"a@example.com\"}\n"
                   "\n"
                   "{\"external_id\": \"u2\", \n"
                   "[1, 2]\n"
                   "{\"users\": [{\"external_id\": \"u3\"}, {\"external_id\": \"u4\", \"email\": \"d@example.com\"}]}\n");
        file.write(QByteArray(UserLinesReader::MaxLineBytes + 10, 'x'));
        file.write("\n{\"external_id\": \"u5\"}");   // no line break at the end
        file.close();
        UserLinesReader reader(path);
        QVERIFY(reader.open());
        const std::atomic_bool cancelled = false;
        const AudienceSummary s = AudienceRenderer(*PresetCatalog::byId(QStringLiteral("quikly"))).run(reader, cancelled);
        const QStringList unreadable = labels(s.groups(AudienceGroup::Kind::Unreadable).first());
        QCOMPARE(s.users(), 4);
        QVERIFY2(s.unreadable() == 3, qPrintable(unreadable.join(QLatin1Char('|'))));
        QCOMPARE(unreadable.size(), 3);
        QVERIFY2(unreadable.at(0).startsWith(QStringLiteral("line 3: ")), qPrintable(unreadable.at(0)));
        QVERIFY(unreadable.at(1).startsWith(QStringLiteral("line 4: ")));
        QVERIFY(unreadable.at(2).startsWith(QStringLiteral("line 6: ")));
        // A user of the summary opens again from its line, as the drill-down does.
        const AudienceGroup missing = s.groups(AudienceGroup::Kind::MissingAttribute).first();
        QCOMPARE(labels(missing), (QStringList{"line 5: u3", "line 7: u5"}));
        PreviewUser again;
        QString error;
        QVERIFY2(UserLinesReader::readUserAt(path, missing.users.first(), &again, &error), qPrintable(error));
        QCOMPARE(again.displayName(), QStringLiteral("u3"));
        QVERIFY(UserLinesReader::readUserAt(path, missing.users.last(), &again, &error));
        QCOMPARE(again.displayName(), QStringLiteral("u5"));
    }

    void workerReportsProgressAndStopsOnCancel()
    {
        AudiencePreview preview;
        QSignalSpy progressed(&preview, &AudiencePreview::progressed);
        QSignalSpy finished(&preview, &AudiencePreview::finished);
        preview.start(*PresetCatalog::byId(QStringLiteral("quikly")), std::make_shared<EndlessInput>());
        QVERIFY(preview.isRunning());
        QVERIFY(progressed.wait());
        preview.cancel();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!preview.isRunning());
        QVERIFY(preview.summary().users() >= progressed.last().at(2).toLongLong());
        QVERIFY(preview.summary().users() > 0);
        QCOMPARE(preview.summary().sent(), preview.summary().users());
    }

    void aSecondStartReplacesTheFirstRun()
    {
        AudiencePreview preview;
        QSignalSpy finished(&preview, &AudiencePreview::finished);
        preview.start(*PresetCatalog::byId(QStringLiteral("quikly")), std::make_shared<EndlessInput>());
        preview.start(*PresetCatalog::byId(QStringLiteral("quikly")),
                      std::make_shared<UserListInput>(QList<PreviewUser>{PreviewUser(), PreviewUser()}));
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(preview.summary().users(), 2);
    }

    void cliPrintsTheSummaryAsTextAndJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"external_id\": \"u1\", \"email\": \"a@example.com\"}\n{\"external_id\": \"u2\"}\nnot json\n");
        file.close();
        QProcess cli;
        cli.start(QStringLiteral(BRAZE_CLI), {"webhook", "preview", "--template", "preset:quikly", "--users", path, "--summary", "--json"});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);   // a line could not be read
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value("users").toInt(), 2);
        QCOMPARE(json.value("sent").toInt(), 2);
        QCOMPARE(json.value("unreadable_lines").toObject().value("lines").toArray().first().toObject().value("line").toInt(), 3);
        const QJsonObject missing = json.value("missing_attributes").toArray().first().toObject();
        QCOMPARE(missing.value("attribute").toString(), QStringLiteral("${email_address}"));
        QCOMPARE(missing.value("users").toArray().first().toObject().value("line").toInt(), 2);

        cli.start(QStringLiteral(BRAZE_CLI), {"webhook", "preview", "--template", "preset:quikly", "--users", path, "--summary"});
        QVERIFY(cli.waitForFinished(30000));
        const QString text = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("line 3: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("${email_address}")));

        cli.start(QStringLiteral(BRAZE_CLI), {"webhook", "preview", "--template", "preset:quikly", "--users", dir.filePath("absent.jsonl")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("absent.jsonl"));
    }
};

QTEST_GUILESS_MAIN(TestAudiencePreview)
#include "tst_audiencepreview.moc"
