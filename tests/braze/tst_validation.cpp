#include "braze/validation/attributename.h"
#include "braze/validation/emailaddress.h"
#include "braze/validation/isotime.h"
#include "braze/validation/phonenumber.h"

#include <QTest>
#include <QTimeZone>

using namespace Braze::Validation;

// Table-driven checks of the validators the client, the workspace, webhook, test-user and
// integration pages share. A row says whether the value is accepted; rejected values must come
// with an explanation that mentions what to write instead or what is wrong.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("US") << "+15555550123" << true;
        QTest::newRow("Germany") << "+4930123456" << true;
        QTest::newRow("seven digits") << "+1234567" << true;
        QTest::newRow("fifteen digits") << "+123456789012345" << true;
        QTest::newRow("no plus") << "15555550123" << false;
        QTest::newRow("spaces") << "+1 555 555 0123" << false;
        QTest::newRow("brackets") << "+1(555)5550123" << false;
        QTest::newRow("country code zero") << "+0155555501" << false;
        QTest::newRow("too short") << "+123456" << false;
        QTest::newRow("sixteen digits") << "+1234567890123456" << false;
        QTest::newRow("letters") << "+1555CALLNOW" << false;
        QTest::newRow("empty") << "" << false;
    }
    void phone()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString problem = phoneProblem(value);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid && !value.isEmpty())
            QVERIFY2(problem.contains(value), qPrintable(problem));
    }

    void normalisesTypedPhones_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("US with punctuation") << "+1 (313) 555-1212" << "+13135551212";
        QTest::newRow("00 prefix") << "0049 30 1234567" << "+49301234567";
        QTest::newRow("dots") << "+33.1.23.45.67.89" << "+33123456789";
        QTest::newRow("no country code stays") << "(732) 178-1038" << "(732) 178-1038";
    }
    void normalisesTypedPhones()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(normalisedPhone(typed), expected);
    }

    void email_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "email@example.com" << true;
        QTest::newRow("plus tag") << "ann+quikly@shop.example.co.uk" << true;
        QTest::newRow("international domain") << "info@bücher.de" << true;
        QTest::newRow("digits and dash") << "a1-b_2@mail-1.example.org" << true;
        QTest::newRow("no at") << "example.com" << false;
        QTest::newRow("two ats") << "a@b@example.com" << false;
        QTest::newRow("no dot in domain") << "ann@localhost" << false;
        QTest::newRow("double dot") << "ann..lee@example.com" << false;
        QTest::newRow("space inside") << "ann lee@example.com" << false;
        QTest::newRow("trailing space") << "ann@example.com " << false;
        QTest::newRow("one-letter tld") << "ann@example.c" << false;
        QTest::newRow("dash at label end") << "ann@example-.com" << false;
        QTest::newRow("empty local") << "@example.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void email()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(emailProblem(value).isEmpty(), valid);
    }

    void attributeName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("outgrow") << "outgrow_quiz_score" << true;
        QTest::newRow("actioniq") << "AIQ_12345_2" << true;
        QTest::newRow("camel case") << "loyaltyPoints" << true;
        QTest::newRow("with space inside") << "favourite colour" << true;
        QTest::newRow("dollar first") << "$score" << false;
        QTest::newRow("leading space") << " score" << false;
        QTest::newRow("trailing newline") << "score\n" << false;
        QTest::newRow("standard field") << "email" << false;
        QTest::newRow("standard field 2") << "first_name" << false;
        QTest::newRow("255 chars") << QString(255, QLatin1Char('a')) << false;
        QTest::newRow("254 chars") << QString(254, QLatin1Char('a')) << true;
        QTest::newRow("empty") << "" << false;
    }
    void attributeName()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(attributeNameProblem(value).isEmpty(), valid);
    }

    void nestedKeysAndEvents()
    {
        QVERIFY(nestedAttributeKeyProblem(QStringLiteral("album_name")).isEmpty());
        QVERIFY(!nestedAttributeKeyProblem(QStringLiteral("album.name")).isEmpty());
        QVERIFY(!nestedAttributeKeyProblem(QStringLiteral("album name")).isEmpty());
        QVERIFY(eventNameProblem(QStringLiteral("quikly_activation_joined")).isEmpty());
        QVERIFY(!eventNameProblem(QStringLiteral("$purchase")).isEmpty());
        QVERIFY(eventPropertyKeyProblem(QStringLiteral("q_scope")).isEmpty());
        QVERIFY(!eventPropertyKeyProblem(QStringLiteral("time")).isEmpty());
        QVERIFY(!eventPropertyKeyProblem(QStringLiteral("event_name")).isEmpty());
    }

    void isoTime_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("valid");
        const int optional = int(TimeZoneRule::Optional), required = int(TimeZoneRule::Required), forbidden = int(TimeZoneRule::Forbidden);
        QTest::newRow("utc") << "2025-04-01T09:00:00Z" << optional << true;
        QTest::newRow("offset") << "2013-07-16T19:20:30+01:00" << optional << true;
        QTest::newRow("millis") << "2017-05-12T18:47:12.123Z" << optional << true;
        QTest::newRow("date only") << "2025-04-01" << optional << true;
        QTest::newRow("minutes only") << "2025-04-01T09:00" << optional << true;
        QTest::newRow("us date") << "04/01/2025" << optional << false;
        QTest::newRow("february 30") << "2025-02-30T09:00:00Z" << optional << false;
        QTest::newRow("hour 24") << "2025-04-01T24:00:00Z" << optional << false;
        QTest::newRow("year 3001") << "3001-01-01" << optional << false;
        QTest::newRow("space separator") << "2025-04-01 09:00:00" << optional << false;
        QTest::newRow("required zone present") << "2025-04-01T09:00:00Z" << required << true;
        QTest::newRow("required zone missing") << "2025-04-01T09:00:00" << required << false;
        QTest::newRow("local time without zone") << "2025-04-01T09:00:00" << forbidden << true;
        QTest::newRow("local time with zone") << "2025-04-01T09:00:00Z" << forbidden << false;
        QTest::newRow("empty") << "" << optional << false;
    }
    void isoTime()
    {
        QFETCH(QString, value);
        QFETCH(int, rule);
        QFETCH(bool, valid);
        QCOMPARE(isoTimeProblem(value, TimeZoneRule(rule)).isEmpty(), valid);
    }

    void formatsUtcTimes()
    {
        const QDateTime time(QDate(2025, 4, 1), QTime(11, 0), QTimeZone(7200));
        QCOMPARE(toIsoTime(time), QStringLiteral("2025-04-01T09:00:00Z"));
        QVERIFY(isoTimeProblem(toIsoTime(time), TimeZoneRule::Required).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
