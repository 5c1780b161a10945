// The test-user page driven like a marketer would: type an e-mail address, look it up, pick
// one of the profiles sharing it, set an attribute and see it highlighted after the refetch.
// Runs against a demo sandbox of its own.
#include "sandboxfixture.h"

#include "messageboxanswer.h"
#include "sandbox/demoseed.h"
#include "users/attributetype.h"
#include "users/testuserspage.h"
#include "users/profileview.h"
#include "users/testuserstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Users;
using namespace Sandbox;

class TestTestUsersPage : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    void typeLookup(Braze::UserIdentifier::Kind kind, const QString &value)
    {
        auto *kindBox = child<QComboBox>("lookupKind");
        kindBox->setCurrentIndex(kindBox->findData(int(kind)));
        auto *field = child<QLineEdit>("lookupValue");
        field->clear();
        QTest::keyClicks(field, value);
        QTest::mouseClick(child<QPushButton>("lookupButton"), Qt::LeftButton);
    }

    QString status() const { return child<QLabel>("statusMessage")->text(); }

    void showActionTab(const QString &title)
    {
        auto *tabs = child<QTabWidget>("actionTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == title)
                tabs->setCurrentIndex(i);
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.started()); }

    void init()
    {
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/_sandbox/reset"), {{QStringLiteral("seed"), QStringLiteral("demo")}}));
        m_store = std::make_unique<TestUserStore>(m_dir.filePath("test-users.json"));
        m_page = std::make_unique<TestUsersPage>(*m_store);
        m_page->setWorkspace("ws-sandbox", m_sandbox.client(), true);
        m_page->setRefetchDelays({20, 40});
        m_page->resize(1100, 700);
        m_page->show();
    }

    void lookUpPickEditVerify()
    {
        typeLookup(Braze::UserIdentifier::Kind::Email, QString::fromLatin1(DemoSeed::SharedEmail));
        auto *matches = child<QListWidget>("matchList");
        QTRY_VERIFY2(matches->isVisible(), qPrintable(status()));
        QCOMPARE(matches->count(), 3);

        // Pick the first identified profile among the three.
        int row = -1;
        for (int i = 0; i < matches->count() && row < 0; ++i) {
            if (matches->item(i)->text().contains(QLatin1String("external ID")))
                row = i;
        }
        QVERIFY(row >= 0);
        matches->setCurrentRow(row);
        QTest::mouseClick(child<QPushButton>("openMatchButton"), Qt::LeftButton);
        QTRY_VERIFY2(child<ProfileView>("profileView")->isVisible(), qPrintable(status()));
        const QString externalId = m_page->profile().externalId;
        QVERIFY(!externalId.isEmpty());
        QCOMPARE(m_page->profile().email, QString::fromLatin1(DemoSeed::SharedEmail));

        showActionTab(QStringLiteral("Attribute"));
        auto *name = child<QComboBox>("attributeName");
        QTest::keyClicks(name->lineEdit(), QStringLiteral("console_plan"));
        auto *value = child<QWidget>("attributeValue")->findChild<QLineEdit *>("valueText");
        QTest::keyClicks(value, QStringLiteral("gold"));

        // The preview shows the request before anything is sent.
        QCOMPARE(child<QLabel>("previewRequestLine")->text(), QStringLiteral("POST /users/track"));
        const QString body = child<QPlainTextEdit>("previewBody")->toPlainText();
        QVERIFY(body.contains(QLatin1String("\"console_plan\": \"gold\"")));
        QVERIFY(body.contains(externalId));
        auto *send = child<QPushButton>("sendButton");
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        auto *view = child<ProfileView>("profileView");
        QTRY_VERIFY2(view->isHighlighted("custom_attributes.console_plan"), qPrintable(status()));
        QCOMPARE(m_page->profile().customAttributes.value("console_plan").toString(), QStringLiteral("gold"));
        QVERIFY(!view->isHighlighted("custom_attributes.loyalty_points"));
        QVERIFY(status().contains(QLatin1String("console_plan")));
        QVERIFY(child<QPlainTextEdit>("rawJson")->toPlainText().contains(QLatin1String("console_plan")));
    }

    void badValueIsExplainedAndNotSent()
    {
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0001"));
        QTRY_VERIFY2(child<ProfileView>("profileView")->isVisible(), qPrintable(status()));
        showActionTab(QStringLiteral("Attribute"));
        QTest::keyClicks(child<QComboBox>("attributeName")->lineEdit(), QStringLiteral("visits"));
        auto *typed = child<QWidget>("attributeValue");
        auto *type = typed->findChild<QComboBox *>("valueType");
        type->setCurrentIndex(type->findData(int(AttributeType::Number)));
        QTest::keyClicks(typed->findChild<QLineEdit *>("valueText"), QStringLiteral("3,5"));
        QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
        QVERIFY(!child<QLabel>("previewProblems")->text().isEmpty());
    }

    void unknownUserOffersAnAliasOnlyProfile()
    {
        typeLookup(Braze::UserIdentifier::Kind::Email, QStringLiteral("new.visitor@example.org"));
        auto *create = child<QPushButton>("createAliasOnlyButton");
        QTRY_VERIFY2(create->isVisible(), qPrintable(status()));
        QVERIFY(child<QLabel>("notFoundMessage")->text().contains(QLatin1String("new.visitor@example.org")));
        QCOMPARE(child<QLineEdit>("newAliasLabel")->text(), QStringLiteral("email"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY2(m_page->profile().isUnidentified() && !m_page->profile().isNull(), qPrintable(status()));
        QCOMPARE(m_page->profile().aliases.value(0), Braze::UserIdentifier::alias("new.visitor@example.org", "email"));
        QVERIFY(child<QLabel>("profileTitle")->text().contains(QLatin1String("alias-only")));
    }

    void savedTestUserIsOneClickAway()
    {
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0002"));
        auto *save = child<QPushButton>("saveTestUserButton");
        QTRY_VERIFY2(save->isVisible() && save->isEnabled(), qPrintable(status()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_store->list("ws-sandbox").size(), 1);
        QCOMPARE(m_store->list("ws-sandbox").first().user, Braze::UserIdentifier::externalId("user_0002"));

        // Another user, then back to the saved one from the menu.
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0003"));
        QTRY_COMPARE(m_page->profile().externalId, QStringLiteral("user_0003"));
        QMenu *menu = child<QToolButton>("savedUsersButton")->menu();
        QCOMPARE(menu->actions().size(), 1);
        menu->actions().first()->trigger();
        QTRY_COMPARE(m_page->profile().externalId, QStringLiteral("user_0002"));
    }

    void deleteNeedsTheIdentifierTypedAndWarnsOnRealWorkspaces()
    {
        m_page->setWorkspace("ws-real", m_sandbox.client(), false);
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0008"));
        QTRY_VERIFY2(child<ProfileView>("profileView")->isVisible(), qPrintable(status()));
        showActionTab(QStringLiteral("Delete"));
        QVERIFY(child<QLabel>("realWorkspaceWarning")->isVisible());
        auto *send = child<QPushButton>("sendButton");
        QVERIFY(!send->isEnabled());
        QCOMPARE(child<QLabel>("previewRequestLine")->text(), QStringLiteral("POST /users/delete"));
        QTest::keyClicks(child<QLineEdit>("deleteConfirmation"), QStringLiteral("user_0008"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY2(status().contains(QLatin1String("no longer exists")), qPrintable(status()));
    }

    // Issue 15: merge, rename and remove external IDs: previewed, confirmed, sent, refetched.
    void mergeMovesTheDuplicateAndDeletesIt()
    {
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0001"));
        QTRY_VERIFY2(child<ProfileView>("profileView")->isVisible(), qPrintable(status()));
        showActionTab(QStringLiteral("Merge"));
        auto *send = child<QPushButton>("sendButton");
        auto *field = child<QLineEdit>("mergeIdentifier");
        // Refused before sending: a profile cannot be merged into itself.
        QTest::keyClicks(field, QStringLiteral("user_0001"));
        QVERIFY(!send->isEnabled());
        QVERIFY(!child<QLabel>("previewProblems")->text().isEmpty());
        field->clear();
        QTest::keyClicks(field, QStringLiteral("user_0002"));
        QCOMPARE(child<QLabel>("previewRequestLine")->text(), QStringLiteral("POST /users/merge"));
        const QString body = child<QPlainTextEdit>("previewBody")->toPlainText();
        QVERIFY(body.contains(QLatin1String("\"identifier_to_merge\"")) && body.contains(QLatin1String("user_0002")));
        QVERIFY(send->isEnabled());

        // Cancelled: nothing is sent.
        QScopedPointer<QTimer> cancel(answerNextMessageBox(QMessageBox::Cancel));
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(cancel->property("answered").toInt(), 1);
        QVERIFY(status().contains(QLatin1String("Not sent")));

        QString question;
        QScopedPointer<QTimer> yes(answerNextMessageBox(QMessageBox::Yes, &question));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(question.contains(QLatin1String("user_0002")));
        QTRY_VERIFY2(status().contains(QLatin1String("now finds no profile")), qPrintable(status()));
        QVERIFY2(status().contains(QLatin1String("Changed:")), qPrintable(status()));
        QCOMPARE(m_page->profile().externalId, QStringLiteral("user_0001"));
    }

    // Braze's merge names the duplicate by external ID, alias, e-mail address or phone number (the
    // last two with a prioritization), never by Braze ID (braze-api-more.md §4.1).
    void mergeTakesEveryDocumentedIdentifier()
    {
        // A profile with an e-mail address of its own, to be merged by it.
        QString duplicate;
        QString email;
        for (int i = 2; i < 20 && email.isEmpty(); ++i) {
            duplicate = QStringLiteral("user_%1").arg(i, 4, 10, QLatin1Char('0'));
            typeLookup(Braze::UserIdentifier::Kind::ExternalId, duplicate);
            QTRY_COMPARE(m_page->profile().externalId, duplicate);
            if (m_page->profile().email != QLatin1String(DemoSeed::SharedEmail))
                email = m_page->profile().email;
        }
        QVERIFY(!email.isEmpty());
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0001"));
        QTRY_COMPARE(m_page->profile().externalId, QStringLiteral("user_0001"));
        showActionTab(QStringLiteral("Merge"));
        auto *kind = child<QComboBox>("mergeKind");
        QCOMPARE(kind->findData(int(Braze::UserIdentifier::Kind::BrazeId)), -1);
        auto *field = child<QLineEdit>("mergeIdentifier");
        auto *body = child<QPlainTextEdit>("previewBody");

        kind->setCurrentIndex(kind->findData(int(Braze::UserIdentifier::Kind::Alias)));
        QVERIFY(child<QLineEdit>("mergeAliasLabel")->isVisible());
        QTest::keyClicks(field, QStringLiteral("old-anon-7"));
        QTest::keyClicks(child<QLineEdit>("mergeAliasLabel"), QStringLiteral("device"));
        QVERIFY2(body->toPlainText().contains(QLatin1String("\"alias_name\": \"old-anon-7\"")), qPrintable(body->toPlainText()));

        kind->setCurrentIndex(kind->findData(int(Braze::UserIdentifier::Kind::Phone)));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("+4915112345678"));
        QVERIFY(child<QComboBox>("mergePrioritization")->isVisible());
        QVERIFY2(body->toPlainText().contains(QLatin1String("\"phone\": \"+4915112345678\"")), qPrintable(body->toPlainText()));

        kind->setCurrentIndex(kind->findData(int(Braze::UserIdentifier::Kind::Email)));
        field->clear();
        QTest::keyClicks(field, email);
        auto *prioritization = child<QComboBox>("mergePrioritization");
        prioritization->setCurrentIndex(1);   // the identified one updated most recently
        const QString preview = body->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("\"email\": \"%1\"").arg(email)) && preview.contains(QLatin1String("\"identified\"")),
                 qPrintable(preview));
        auto *send = child<QPushButton>("sendButton");
        QVERIFY2(send->isEnabled(), qPrintable(child<QLabel>("previewProblems")->text()));
        QScopedPointer<QTimer> yes(answerNextMessageBox(QMessageBox::Yes));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY2(status().contains(QLatin1String("now finds")) && status().contains(email), qPrintable(status()));
        QCOMPARE(m_page->profile().externalId, QStringLiteral("user_0001"));
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, duplicate);
        QTRY_VERIFY2(status().contains(duplicate) && m_page->profile().externalId != duplicate, qPrintable(status()));
    }

    void renameKeepsTheOldIdDeprecatedAndRemoveDropsIt()
    {
        typeLookup(Braze::UserIdentifier::Kind::ExternalId, QStringLiteral("user_0003"));
        QTRY_VERIFY2(child<ProfileView>("profileView")->isVisible(), qPrintable(status()));
        showActionTab(QStringLiteral("Rename ID"));
        auto *send = child<QPushButton>("sendButton");
        auto *field = child<QLineEdit>("renameExternalId");
        QTest::keyClicks(field, QStringLiteral("user_0003"));
        QVERIFY(!send->isEnabled());   // the same ID: refused before sending
        field->clear();
        // In use by another profile: only Braze knows, and its refusal is shown.
        QTest::keyClicks(field, QStringLiteral("user_0004"));
        QScopedPointer<QTimer> first(answerNextMessageBox(QMessageBox::Yes));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY2(status().contains(QLatin1String("already in use")), qPrintable(status()));
        QCOMPARE(m_page->profile().externalId, QStringLiteral("user_0003"));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("user_0003_new"));
        QCOMPARE(child<QLabel>("previewRequestLine")->text(), QStringLiteral("POST /users/external_ids/rename"));
        QVERIFY(child<QPlainTextEdit>("previewBody")->toPlainText().contains(QLatin1String("\"new_external_id\": \"user_0003_new\"")));
        QScopedPointer<QTimer> second(answerNextMessageBox(QMessageBox::Yes));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY2(status().contains(QLatin1String("still finds this profile")), qPrintable(status()));
        QCOMPARE(m_page->profile().externalId, QStringLiteral("user_0003_new"));
        QVERIFY(child<ProfileView>("profileView")->isHighlighted("external_id"));

        showActionTab(QStringLiteral("Remove ID"));
        auto *removed = child<QLineEdit>("removeExternalId");
        QTest::keyClicks(removed, QStringLiteral("user_0003_new"));
        QVERIFY(!send->isEnabled());   // the current ID cannot be removed
        removed->clear();
        QTest::keyClicks(removed, QStringLiteral("user_0003"));
        QCOMPARE(child<QLabel>("previewRequestLine")->text(), QStringLiteral("POST /users/external_ids/remove"));
        QScopedPointer<QTimer> third(answerNextMessageBox(QMessageBox::Yes));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY2(status().contains(QLatin1String("now finds no profile")), qPrintable(status()));
        QCOMPARE(m_page->profile().externalId, QStringLiteral("user_0003_new"));

        // Removing it again: Braze refuses, and the page says so.
        QScopedPointer<QTimer> fourth(answerNextMessageBox(QMessageBox::Yes));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY2(status().contains(QLatin1String("not a deprecated external ID")), qPrintable(status()));
    }

    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

private:
    TestSupport::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<TestUserStore> m_store;
    std::unique_ptr<TestUsersPage> m_page;
};

QTEST_MAIN(TestTestUsersPage)
#include "tst_testuserspage.moc"
