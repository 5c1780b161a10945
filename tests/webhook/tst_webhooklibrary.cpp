#include "webhook/autosavestore.h"
#include "webhook/presetcatalog.h"
#include "webhook/secretreference.h"
#include "webhook/templatefile.h"
#include "webhook/templatelibrary.h"

#include "../config/secretsearch.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Webhook;

class TestWebhookLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void templateSurvivesAJsonRoundTrip();
    void libraryCreatesDuplicatesRenamesDeletesAndReloads();
    void importGivesANewIdAndExportDropsIt();
    void unreadableFilesAreReportedNotFatal();
    void newerSchemaIsRefused();
    void quiklyPresetMatchesThePartnerPageWithCorrections();
    void presetIsCopiedNeverEditedInPlace();
    void secretValueNeverReachesTheDataFolder();
    void autosaveIsOfferedBackAndRemovedAfterSave();

private:
    WebhookTemplate sample() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWebhookLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

WebhookTemplate TestWebhookLibrary::sample() const
{
    WebhookTemplate t;
    t.id = WebhookTemplate::newId();
    t.name = QStringLiteral("Reward signup");
    t.url = QStringLiteral("https://example.com/hook?u={{${user_id}}}");
    t.method = QStringLiteral("PATCH");
    t.headers = {{QStringLiteral("X-One"), QStringLiteral("1")}, {QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    t.bodyMode = BodyMode::RawText;
    t.pairs = {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")}};
    t.rawBody = QStringLiteral("{\"email\": \"{{${email_address}}}\"}\n");
    t.notes = QStringLiteral("Zweite Zeile: äöü");
    return t;
}

void TestWebhookLibrary::templateSurvivesAJsonRoundTrip()
{
    const WebhookTemplate original = sample();
    const QString path = m_dir->filePath(QStringLiteral("t.json"));
    QString error;
    QVERIFY2(TemplateFile::write(path, original, &error), qPrintable(error));
    WebhookTemplate read;
    QVERIFY2(TemplateFile::read(path, &read, &error), qPrintable(error));
    QCOMPARE(read, original);
    // Row order is the user's order, not alphabetical.
    QCOMPARE(read.pairs.first().key, QStringLiteral("b"));
}

void TestWebhookLibrary::libraryCreatesDuplicatesRenamesDeletesAndReloads()
{
    QString id, copy;
    {
        TemplateLibrary library(m_dir->path());
        QVERIFY(library.load().isEmpty());
        id = library.create(QStringLiteral("Quikly"));
        QVERIFY(!id.isEmpty());
        copy = library.duplicate(id);
        QCOMPARE(library.templateById(copy).name, QStringLiteral("Quikly (2)"));
        QVERIFY(library.rename(copy, QStringLiteral("Quikly staging")));
        const QString third = library.create(QStringLiteral("Throwaway"));
        QSignalSpy removed(&library, &TemplateLibrary::templateRemoved);
        QVERIFY(library.remove(third));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(library.rowCount(), 2);
    }
    TemplateLibrary reloaded(m_dir->path());
    QVERIFY(reloaded.load().isEmpty());
    QCOMPARE(reloaded.rowCount(), 2);
    QCOMPARE(reloaded.templateById(copy).name, QStringLiteral("Quikly staging"));
    QCOMPARE(reloaded.templateById(id).headerValue(QStringLiteral("content-type")), QStringLiteral("application/json"));
}

void TestWebhookLibrary::importGivesANewIdAndExportDropsIt()
{
    TemplateLibrary library(m_dir->path());
    library.load();
    WebhookTemplate t = sample();
    const QString id = library.save(t);
    const QString exported = m_dir->filePath(QStringLiteral("export/reward.json"));
    QString error;
    QVERIFY2(library.exportFile(id, exported, &error), qPrintable(error));
    WebhookTemplate onDisk;
    QVERIFY(TemplateFile::read(exported, &onDisk, &error));
    QVERIFY(onDisk.id.isEmpty());
    const QString imported = library.importFile(exported, &error);
    QVERIFY2(!imported.isEmpty(), qPrintable(error));
    QVERIFY(imported != id);
    QCOMPARE(library.templateById(imported).rawBody, t.rawBody);
    QCOMPARE(library.templateById(imported).name, QStringLiteral("Reward signup (2)"));
}

void TestWebhookLibrary::unreadableFilesAreReportedNotFatal()
{
    QFile broken(m_dir->filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    TemplateLibrary library(m_dir->path());
    library.create(QStringLiteral("Good"));
    const QStringList problems = library.load();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("broken.json")));
    QCOMPARE(library.rowCount(), 1);
}

void TestWebhookLibrary::newerSchemaIsRefused()
{
    QJsonObject object = sample().toJson();
    object.insert(QStringLiteral("schema_version"), 99);
    WebhookTemplate t;
    QString error;
    QVERIFY(!WebhookTemplate::fromJson(object, &t, &error));
    QVERIFY(error.contains(QStringLiteral("newer")));
}

void TestWebhookLibrary::quiklyPresetMatchesThePartnerPageWithCorrections()
{
    const auto preset = PresetCatalog::byId(QStringLiteral("quikly"));
    QVERIFY(preset.has_value());
    QCOMPARE(preset->url, QStringLiteral("https://api.quikly.com/webhook/braze"));
    QCOMPARE(preset->method, QStringLiteral("POST"));
    QCOMPARE(preset->headerValue(QStringLiteral("Authorization")), QStringLiteral("Bearer [[secret:quikly/authorization]]"));
    QCOMPARE(preset->headerValue(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
    QCOMPARE(preset->bodyMode, BodyMode::KeyValuePairs);
    QCOMPARE(preset->pairs.size(), 3);
    QCOMPARE(preset->pairs.at(0).key, QStringLiteral("q_scope"));
    QCOMPARE(preset->pairs.at(1).key, QStringLiteral("event"));
    QCOMPARE(preset->pairs.at(2), (KeyValueRow{QStringLiteral("email"), QStringLiteral("{{${email_address}}}")}));
}

void TestWebhookLibrary::presetIsCopiedNeverEditedInPlace()
{
    TemplateLibrary library(m_dir->path());
    library.load();
    auto copy = PresetCatalog::instantiate(QStringLiteral("quikly"));
    QVERIFY(copy.has_value());
    copy->url = QStringLiteral("https://changed.example.com");
    const QString id = library.save(*copy);
    QCOMPARE(library.templateById(id).presetId, QStringLiteral("quikly"));
    QCOMPARE(PresetCatalog::byId(QStringLiteral("quikly"))->url, QStringLiteral("https://api.quikly.com/webhook/braze"));
    QVERIFY(PresetCatalog::instantiate(QStringLiteral("quikly"))->id != id);
    QVERIFY(!PresetCatalog::byId(QStringLiteral("no-such-preset")).has_value());
}

void TestWebhookLibrary::secretValueNeverReachesTheDataFolder()
{
    const QByteArray secret = "qk_live_5ecr3t_T0KEN_4711";
    TemplateLibrary library(m_dir->path());
    library.load();
    auto t = PresetCatalog::instantiate(QStringLiteral("quikly"));
    const QString id = library.save(*t);
    AutosaveStore(m_dir->path()).write(library.templateById(id));
    library.exportFile(id, m_dir->filePath(QStringLiteral("exports/q.json")));
    // The value is only ever substituted at send time.
    SecretValues values{{QStringLiteral("quikly/authorization"), QString::fromLatin1(secret)}};
    QVERIFY(!library.templateById(id).headerValue(QStringLiteral("Authorization")).contains(QString::fromLatin1(secret)));
    QCOMPARE(filesContaining({m_dir->path()}, secret), QStringList());
    QCOMPARE(filesContaining({m_dir->path()}, "[[secret:quikly/authorization]]").size(), 3);
    QCOMPARE(SecretReference::environmentVariable(QStringLiteral("quikly/authorization")),
             QStringLiteral("BRAZE_SECRET_QUIKLY_AUTHORIZATION"));
}

void TestWebhookLibrary::autosaveIsOfferedBackAndRemovedAfterSave()
{
    AutosaveStore store(m_dir->path());
    WebhookTemplate draft = sample();
    draft.rawBody = QStringLiteral("unsaved edit");
    QVERIFY(store.write(draft));
    // Next start: a fresh store sees the draft.
    const QList<WebhookTemplate> pending = AutosaveStore(m_dir->path()).pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().id, draft.id);
    QCOMPARE(pending.first().rawBody, QStringLiteral("unsaved edit"));
    store.remove(draft.id);
    QVERIFY(store.pending().isEmpty());
    // Drafts are not templates: the library ignores the autosave folder.
    TemplateLibrary library(m_dir->path());
    QVERIFY(library.load().isEmpty());
    QCOMPARE(library.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestWebhookLibrary)
#include "tst_webhooklibrary.moc"
