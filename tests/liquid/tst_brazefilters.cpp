#include "filtertestrender.h"

// Braze's own filters against the examples in Braze's documentation (braze-liquid.md §6.3).
class TestBrazeFilters : public QObject
{
    Q_OBJECT

private slots:
    void documented_data();
    void documented() { FILTER_TEST_CHECK(); }
    void behaviour_data();
    void behaviour() { FILTER_TEST_CHECK(); }
    void brazeSupportFlags();
};

void TestBrazeFilters::documented_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("md5", "{{ 'hey' | md5 }}", "6057f13c496ecf7fd777ceb9e79ae285");
    row("sha1", "{{ 'hey' | sha1 }}", "7f550a9f4c44173a37664d938f1355f0f92a47a7");
    row("sha2", "{{ 'hey' | sha2 }}", "fa690b82061edfd2852629aeba8a8977b57e40fcb77d1a7a28b26cba62591204");
    row("base64_encode", "{{ 'blah' | base64_encode }}", "YmxhaA==");
    row("hmac_sha1_hex", "{{ 'hey' | hmac_sha1_hex: 'secret_key' }}", "2a3969bed25bfeefb00aca4063eb9590b4df8f0e");
    row("hmac_sha1 (former name)", "{{ 'hey' | hmac_sha1: 'secret_key' }}", "2a3969bed25bfeefb00aca4063eb9590b4df8f0e");
    row("hmac_sha1_base64", "{{ 'hey' | hmac_sha1_base64: 'secret_key' }}", "KjlpvtJb/u+wCspAY+uVkLTfjw4=");
    row("hmac_sha256_hex", "{{ 'hey' | hmac_sha256_hex: 'secret_key' }}",
        "8df897f8da3d7992fe57c8dbc6f27578cfbf2dcc4d0fbb4000b8c924841d508e");
    row("hmac_sha256", "{{ 'hey' | hmac_sha256: 'secret_key' }}",
        "8df897f8da3d7992fe57c8dbc6f27578cfbf2dcc4d0fbb4000b8c924841d508e");
    row("hmac_sha256_base64", "{{ 'hey' | hmac_sha256_base64: 'secret_key' }}",
        "jfiX+No9eZL+V8jbxvJ1eM+/LcxND7tAALjJJIQdUI4=");
    row("url_escape", "{{ 'hey<>hi' | url_escape }}", "hey%3C%3Ehi");
    row("url_param_escape", "{{ 'hey<&>hi' | url_param_escape }}", "hey%3C%26%3Ehi");
    row("url_encode", "{{ 'google search' | url_encode }}", "google+search");
    row("property_accessor", "{{ hash | property_accessor: 'a' }}", "42", R"({"hash":{"a":42,"b":0}})");
    row("number_with_delimiter", "{{ 123456 | number_with_delimiter }}", "123,456");
    row("divided_by integer", "{{ 15 | divided_by: 2 }}", "7");
    row("divided_by float", "{{ 15 | divided_by: 2.0 }}", "7.5");
    row("money", "{{ 145 | money }}", "145.00");
    row("money from cents", "{{ 145 | divided_by: 100.00 | money }}", "1.45");
    row("money keeps trailing zero", "{{ 17.8 | money }}", "17.80");
    row("money after plus: 0", "{% assign n = '350000.25' | plus: 0 %}{{ n | money }}", "350000.25");
    row("time_zone then date", "{{ t | time_zone: 'America/Los_Angeles' | date: '%a %b %e %T' }}", "Wed Aug  4 02:00:00",
        R"({"t":"2021-08-04 9:00:00 UTC"})");
    row("now is UTC", "{{ 'now' | date: '%Y-%m-%d %H:%M:%S' }}", "2026-03-14 15:09:26");
    row("date %s", "{{ t | date: '%s' }}", "1622740421", R"({"t":"2021-06-03 17:13:41 UTC"})");
}

void TestBrazeFilters::behaviour_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("json_escape", "{{ s | json_escape }}", "say \\\"hi\\\"\\\\ \\n\\t\\u0001/é", R"({"s":"say \"hi\"\\ \n\t\u0001/é"})");
    row("json_escape in a body", "{\"name\": \"{{ s | json_escape }}\"}", "{\"name\": \"O\\\"Neil\"}", R"({"s":"O\"Neil"})");
    row("json_parse", "{% assign o = s | json_parse %}{{ o.items[1].id }}", "b",
        R"({"s":"{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"})");
    row("json_parse invalid", "{{ '{oops' | json_parse }}", "ERROR: json_parse");
    row("as_json_string keeps order and types", "{{ o | as_json_string }}", R"({"z":1,"a":[2.0,"x\"y",null,true]})",
        R"({"o":{"z":1,"a":[2.0,"x\"y",null,true]}})");
    row("url_escape keeps url syntax", "{{ 'https://x.io/a b?q=1&r=ü' | url_escape }}", "https://x.io/a%20b?q=1&r=%C3%BC");
    row("url_param_escape email", "{{ 'a.b+c@x.io' | url_param_escape }}", "a.b+c@x.io");
    row("number_with_delimiter float", "{{ 1234567.891 | number_with_delimiter }}", "1,234,567.891");
    row("number_with_delimiter negative string", "{{ '-1234' | number_with_delimiter }}", "-1,234");
    row("number_with_delimiter text", "{{ 'n/a' | number_with_delimiter }}", "n/a");
    row("money rounds half up", "{{ 2.675 | money }}", "2.68");
    row("money leaves strings", "{{ '12' | money }}", "12");
    row("time_zone keeps zone name", "{{ 'now' | time_zone: 'America/Chicago' | date: '%H:%M %Z' }}", "10:09 CDT");
    row("time_zone offset", "{{ 'now' | time_zone: '-05:00' | date: '%H:%M %z' }}", "10:09 -0500");
    row("time_zone prints like Ruby", "{{ 'now' | time_zone: 'Europe/Berlin' }}", "2026-03-14 16:09:26 +0100");
    row("time_zone hour window", "{% assign h = 'now' | time_zone: 'Asia/Tokyo' | date: '%H' | plus: 0 %}{% if h > 20 or h < 8 %}quiet{% else %}send{% endif %}",
        "quiet");
    row("time_zone empty zone keeps time", "{{ 'now' | time_zone: tz | date: '%H' }}", "15", R"({"tz":""})");
    row("time_zone unknown", "{{ 'now' | time_zone: 'Mars/Base' }}", "ERROR: time_zone: unknown time zone 'Mars/Base'");
    row("timezone spelling", "{{ 'now' | timezone: 'UTC' | date: '%H' }}", "15");
}

void TestBrazeFilters::brazeSupportFlags()
{
    const Liquid::FilterRegistry &r = Liquid::FilterRegistry::standard();
    QCOMPARE(r.find(u"lstrip")->braze, Liquid::BrazeSupport::Unsupported);
    QCOMPARE(r.find(u"find_index")->braze, Liquid::BrazeSupport::Unsupported);
    QCOMPARE(r.find(u"escape_once")->braze, Liquid::BrazeSupport::Untested);
    QCOMPARE(r.find(u"hmac_sha256_base64")->braze, Liquid::BrazeSupport::Documented);
    QVERIFY(!r.find(u"money_with_currency"));
}

QTEST_GUILESS_MAIN(TestBrazeFilters)
#include "tst_brazefilters.moc"
