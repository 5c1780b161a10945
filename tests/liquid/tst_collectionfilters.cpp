#include "filtertestrender.h"

// Array filters: Ruby Liquid flattens nested input, treats a hash as a one-item list, compares
// with Ruby's <=> and indexes items the way Ruby's [] does (so "zoo" has "oo").
class TestCollectionFilters : public QObject
{
    Q_OBJECT

private slots:
    void arrays_data();
    void arrays() { FILTER_TEST_CHECK(); }
    void sorting_data();
    void sorting() { FILTER_TEST_CHECK(); }
    void selection_data();
    void selection() { FILTER_TEST_CHECK(); }
};

static const char People[] =
    R"({"people":[{"name":"Ann","age":31,"vip":true},{"name":"bob","age":25},{"name":"Cid","age":40,"vip":false}]})";

void TestCollectionFilters::arrays_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("join", "{{ a | join: ', ' }}", "1, 2, 3", R"({"a":[1,2,3]})");
    row("join default glue", "{{ a | join }}", "x y", R"({"a":["x","y"]})");
    row("join flattens", "{{ a | join: '-' }}", "1-2-3-4", R"({"a":[1,[2,[3]],4]})");
    row("join range", "{{ (1..4) | join: '' }}", "1234");
    row("join scalar", "{{ 12 | join: '#' }}", "12");
    row("first", "{{ a | first }}", "x", R"({"a":["x","y"]})");
    row("first of hash", "{% assign p = h | first %}{{ p[0] }}={{ p[1] }}", "k=1", R"({"h":{"k":1,"j":2}})");
    row("last", "{{ a | last }}", "y", R"({"a":["x","y"]})");
    row("last of range", "{{ (1..3) | last }}", "3");
    row("size of array", "{{ a | size }}", "2", R"({"a":["x","y"]})");
    row("size of hash", "{{ h | size }}", "1", R"({"h":{"k":1}})");
    row("size of nil", "{{ missing | size }}", "0");
    row("concat", "{{ a | concat: b | join: ',' }}", "1,2,3", R"({"a":[1],"b":[2,3]})");
    row("concat needs an array", "{{ a | concat: 5 }}", "ERROR: concat filter requires an array argument", R"({"a":[1]})");
    row("reverse", "{{ a | reverse | join: ',' }}", "3,2,1", R"({"a":[1,2,3]})");
    row("compact", "{{ a | compact | join: ',' }}", "1,2", R"({"a":[1,null,2,null]})");
    row("compact by property", "{{ people | compact: 'vip' | map: 'name' | join: ',' }}", "Ann,Cid", People);
    row("uniq", "{{ a | uniq | join: ',' }}", "a,b,1,1.0", R"({"a":["a","b","a",1,1.0,1]})");
    row("uniq by property", "{{ a | uniq: 't' | map: 'n' | join: ',' }}", "1,3",
        R"({"a":[{"t":"x","n":1},{"t":"x","n":2},{"t":"y","n":3}]})");
    row("map", "{{ people | map: 'name' | join: ',' }}", "Ann,bob,Cid", People);
    row("map on numbers is an error", "{{ a | map: 'x' }}", "ERROR: cannot select the property 'x'", R"({"a":[1]})");
    row("sum", "{{ a | sum }}", "6", R"({"a":[1,2,3]})");
    row("sum decimals exact", "{{ a | sum }}", "0.6", R"({"a":[0.1,0.2,0.3]})");
    row("sum strings", "{{ a | sum }}", "-6", R"({"a":["-1","-2","-3"]})");
    row("sum by property", "{{ people | sum: 'age' }}", "96", People);
    row("range at the int64 limit", "{{ (9223372036854775806..9223372036854775807) | join: ',' }}",
        "9223372036854775806,9223372036854775807");
    row("huge range is refused", "{{ (1..10000000) | join: ',' }}", "ERROR: the range (1..10000000) is too large");
    row("huge join is refused", "{{ (1..100000) | join: g }}", "ERROR: join: the result would be longer", R"({"g":"0123456789012345678901234567890123456789012345678901234567890123456789"})");
}

void TestCollectionFilters::sorting_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("sort numbers", "{{ a | sort | join: ',' }}", "1,3,30,1000", R"({"a":[1,1000,3,30]})");
    row("sort strings by code point", "{{ a | sort | join: ',' }}", "A,B,a,b", R"({"a":["b","a","B","A"]})");
    row("sort nils last", "{{ a | sort | join: ',' }}", "1,2,", R"({"a":[null,2,1]})");
    row("sort mixed types", "{{ a | sort }}", "ERROR: cannot sort values of incompatible types", R"({"a":[1,"2"]})");
    row("sort by property", "{{ people | sort: 'age' | map: 'name' | join: ',' }}", "bob,Ann,Cid", People);
    row("sort_natural", "{{ a | sort_natural | join: ',' }}", "a,A,b,B", R"({"a":["b","a","B","A"]})");
    row("sort_natural by property", "{{ people | sort_natural: 'name' | map: 'name' | join: ',' }}", "Ann,bob,Cid", People);
}

void TestCollectionFilters::selection_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("where truthy", "{{ people | where: 'vip' | map: 'name' | join: ',' }}", "Ann", People);
    row("where value", "{{ people | where: 'age', 25 | map: 'name' | join: ',' }}", "bob", People);
    row("where false", "{{ people | where: 'vip', false | map: 'name' | join: ',' }}", "Cid", People);
    row("reject", "{{ people | reject: 'vip' | map: 'name' | join: ',' }}", "bob,Cid", People);
    row("has", "{{ people | has: 'name', 'bob' }}", "true", People);
    row("has not", "{{ people | has: 'name', 'zed' }}", "false", People);
    row("find", "{{ people | find: 'age', 40 | map: 'name' }}", "Cid", People);
    row("find none", "{{ people | find: 'age', 99 }}", "", People);
    row("find_index", "{{ people | find_index: 'name', 'bob' }}", "1", People);
    row("find substring of string items", "{{ a | find: 'oo' }}", "zoo", R"({"a":["x","zoo"]})");
    row("nil item gives nil", "{{ a | has: 'z' }}", "", R"({"a":["x",null,"z"]})");
    row("integer item is an error", "{{ a | where: 'c' }}", "ERROR: cannot select the property 'c'", R"({"a":["cat",1]})");
}

QTEST_GUILESS_MAIN(TestCollectionFilters)
#include "tst_collectionfilters.moc"
