#include "filtertestrender.h"

#include "liquid/filters/rubystrftime.h"
#include "liquid/filters/rubytimeparser.h"

// The date filter: Ruby's strftime (flags, widths, %s, %N, %Z ...), the inputs Ruby's
// Utils.to_date accepts, and the render's time zone. "now" is pinned to 2026-03-14 15:09:26 UTC.
class TestDateFilters : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates() { FILTER_TEST_CHECK(); }
    void strftime_data();
    void strftime();
    void parsing_data();
    void parsing();
    void renderZone();
};

void TestDateFilters::dates_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("month name date", "{{ 'March 14, 2016' | date: '%b %d, %y' }}", "Mar 14, 16");
    row("literal percent", "{{ 'March 14, 2016' | date: '%%%b' }}", "%Mar");
    row("epoch seconds", "{{ 'March 14, 2016' | date: '%s' }}", "1457913600");
    row("timestamp integer", "{{ 1152098955 | date: '%m/%d/%Y' }}", "07/05/2006");
    row("timestamp string", "{{ '1152098955' | date: '%Y' }}", "2006");
    row("negative timestamp string stays", "{{ '-1152098955' | date: '%Y' }}", "-1152098955");
    row("now", "{{ 'now' | date: '%Y-%m-%d %H:%M:%S' }}", "2026-03-14 15:09:26");
    row("today is now", "{{ 'today' | date: '%H:%M' }}", "15:09");
    row("iso utc", "{{ '2021-06-15T14:30:00Z' | date: '%Y-%m-%dT%H:%M:%SZ %Z' }}", "2021-06-15T14:30:00Z UTC");
    row("braze time attribute", "{{ '2021-06-03 17:13:41 UTC' | date: '%b %d %s' }}", "Jun 03 1622740421");
    row("offset kept", "{{ '2016-03-14T10:00:00+02:00' | date: '%H:%M %z' }}", "10:00 +0200");
    row("rfc 2822", "{{ 'Mon, 14 Mar 2016 10:05:00 -0500' | date: '%d %H:%M %:z' }}", "14 10:05 -05:00");
    row("no-pad and upcase flags", "{{ '2016-03-04' | date: '%-d %^a %e %j' }}", "4 FRI  4 064");
    row("12 hour clock", "{{ '2016-03-04 21:05' | date: '%I:%M %p %l %P' }}", "09:05 PM  9 pm");
    row("pm text", "{{ 'March 4, 2016 9:05 pm' | date: '%H:%M' }}", "21:05");
    row("not a date stays", "{{ 'hello' | date: '%Y' }}", "hello");
    row("empty format returns input", "{{ 'March 14, 2016' | date: '' }}", "March 14, 2016");
    row("nil", "{{ missing | date: '%Y' }}", "");
    row("missing format", "{{ 'now' | date }}", "ERROR: date: wrong number of arguments");
}

void TestDateFilters::strftime_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    // 2026-01-04 07:08:09.123 UTC is a Sunday in ISO week 1 of 2026.
    QTest::newRow("iso week") << "%G-W%V-%u" << "2026-W01-7";
    QTest::newRow("week numbers") << "%U %W %w" << "01 00 0";
    QTest::newRow("fractions") << "%L %N %3N" << "123 123000000 123";
    QTest::newRow("combined") << "%F %T %D %R" << "2026-01-04 07:08:09 01/04/26 07:08";
    QTest::newRow("c") << "%c" << "Sun Jan  4 07:08:09 2026";
    QTest::newRow("widths") << "%10A|%-10A|%_3d|%05d" << "    Sunday|Sunday|  4|00004";
    QTest::newRow("swap case") << "%#b %#p" << "JAN am";
    QTest::newRow("zone") << "%Z %z %::z" << "UTC +0000 +00:00:00";
    QTest::newRow("century") << "%C %y %k" << "20 26  7";
    QTest::newRow("unknown kept") << "%Q %" << "%Q %";
}

void TestDateFilters::strftime()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QDateTime t(QDate(2026, 1, 4), QTime(7, 8, 9, 123), Qt::UTC);
    QCOMPARE(Liquid::rubyStrftime(t, format), expected);
}

void TestDateFilters::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // %FT%T%:z, or "" for "not a date"
    QTest::newRow("iso date") << "2016-03-14" << "2016-03-14T00:00:00+00:00";
    QTest::newRow("iso fraction") << "2016-03-14 10:00:00.5 +05:30" << "2016-03-14T10:00:00+05:30";
    QTest::newRow("day first slash") << "14/03/2016" << "2016-03-14T00:00:00+00:00";
    QTest::newRow("year first slash") << "2016/03/14" << "2016-03-14T00:00:00+00:00";
    QTest::newRow("ordinal") << "March 14th 2016" << "2016-03-14T00:00:00+00:00";
    QTest::newRow("day month year") << "14 Mar 2016 9:30" << "2016-03-14T09:30:00+00:00";
    QTest::newRow("zone abbreviation") << "Mar 14 2016 10:00 EST" << "2016-03-14T10:00:00-05:00";
    QTest::newRow("no year uses this year") << "Mar 1" << "2026-03-01T00:00:00+00:00";
    QTest::newRow("time only uses today") << "10:30" << "2026-03-14T10:30:00+00:00";
    QTest::newRow("invalid day") << "2016-02-30" << "";
    QTest::newRow("words") << "next tuesday-ish" << "";
    QTest::newRow("month first slash is invalid in Ruby") << "03/14/2016" << "";
}

void TestDateFilters::parsing()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = Liquid::parseRubyTime(text, QTimeZone::utc(), QDate(2026, 3, 14));
    QCOMPARE(parsed ? Liquid::rubyStrftime(*parsed, u"%FT%T%:z") : QString(), expected);
}

void TestDateFilters::renderZone()
{
    // Zone-less input and "now" are read in the render's zone, as Braze does per user.
    const QTimeZone chicago("America/Chicago");
    QVERIFY(chicago.isValid());
    QCOMPARE(FilterTest::render(QStringLiteral("{{ 'now' | date: '%H:%M %Z' }}"), {}, chicago), QStringLiteral("10:09 CDT"));
    QCOMPARE(FilterTest::render(QStringLiteral("{{ '2016-01-10 08:00' | date: '%s' }}"), {}, chicago),
             QStringLiteral("1452434400"));
    QCOMPARE(FilterTest::render(QStringLiteral("{{ 0 | date: '%Y-%m-%d %H:%M' }}"), {}, chicago),
             QStringLiteral("1969-12-31 18:00"));
}

QTEST_GUILESS_MAIN(TestDateFilters)
#include "tst_datefilters.moc"
