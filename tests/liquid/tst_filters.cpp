#include "filtertestrender.h"

// Math and string filters as Ruby Liquid computes them: exact decimals, floored integer
// division, Ruby's rounding, character (not UTF-16) counting, and the errors a template author
// sees for bad arguments.
class TestFilters : public QObject
{
    Q_OBJECT

private slots:
    void math_data();
    void math() { FILTER_TEST_CHECK(); }
    void strings_data();
    void strings() { FILTER_TEST_CHECK(); }
    void encoding_data();
    void encoding() { FILTER_TEST_CHECK(); }
    void arity_data();
    void arity() { FILTER_TEST_CHECK(); }
};

void TestFilters::math_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("plus ints", "{{ 10 | plus: 2 }}", "12");
    row("plus int float", "{{ 10 | plus: 2.0 }}", "12.0");
    row("plus decimals exact", "{{ 0.1 | plus: 0.2 }}", "0.3");
    row("plus numeric strings", "{{ '10.1' | plus: '2.2' }}", "12.3");
    row("plus non-number string", "{{ 'abc' | plus: 1 }}", "1");
    row("plus leading digits", "{{ '12abc' | plus: 1 }}", "13");
    row("plus nil", "{{ missing | plus: 5 }}", "5");
    row("minus decimals", "{{ 10.1 | minus: 2.2 }}", "7.9");
    row("minus string minus float", "{{ 'foo' | minus: '2.0' }}", "-2.0");
    row("times decimals", "{{ 1.1 | times: 3 }}", "3.3");
    row("times ints", "{{ -5 | times: 2 }}", "-10");
    row("divided_by truncates ints", "{{ 15 | divided_by: 2 }}", "7");
    row("divided_by float divisor", "{{ 15 | divided_by: 2.0 }}", "7.5");
    row("divided_by floors negatives", "{{ -7 | divided_by: 2 }}", "-4");
    row("divided_by by zero", "{{ 10 | divided_by: 0 }}", "ERROR: divided by 0");
    row("divided_by float by zero", "{{ 10.5 | divided_by: 0 }}", "ERROR: divided by 0");
    row("divided_by nil", "{{ 10 | divided_by: missing }}", "ERROR: divided by 0");
    row("modulo ints", "{{ 10 | modulo: 3 }}", "1");
    row("modulo floors like Ruby", "{{ -7 | modulo: 3 }}", "2");
    row("modulo decimals", "{{ 5.5 | modulo: 2 }}", "1.5");
    row("modulo by zero", "{{ 5 | modulo: 0 }}", "ERROR: divided by 0");
    row("abs", "{{ -5.4 | abs }}", "5.4");
    row("abs string", "{{ '-5' | abs }}", "5");
    row("ceil", "{{ 5.4 | ceil }}", "6");
    row("ceil negative string", "{{ '-5.1' | ceil }}", "-5");
    row("floor", "{{ -5.4 | floor }}", "-6");
    row("round half away from zero", "{{ 2.5 | round }}", "3");
    row("round negative half", "{{ -2.5 | round }}", "-3");
    row("round decimal, not binary", "{{ 2.675 | round: 2 }}", "2.68");
    row("round digits string", "{{ 5.666 | round: '1' }}", "5.7");
    row("round negative digits", "{{ 1250 | round: -2 }}", "1300");
    row("round float negative digits", "{{ 5.666 | round: -2 }}", "0");
    row("round keeps whole ints", "{{ 5 | round: 2 }}", "5");
    row("at_least", "{{ 5 | at_least: 8 }}", "8");
    row("at_least float", "{{ 8.4 | at_least: 5.9 }}", "8.4");
    row("at_most", "{{ 8 | at_most: 5 }}", "5");
    row("at_most string", "{{ '9' | at_most: 8 }}", "8");
    row("blank is zero", "{{ blank | plus: 1 }}", "1");
    row("big float prints like Ruby", "{{ x | times: 10 }}", "1.0e+21", R"({"x":1e20})");
}

void TestFilters::strings_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("upcase", "{{ 'hello' | upcase }}", "HELLO");
    row("upcase full case mapping", "{{ 'straße' | upcase }}", "STRASSE");
    row("downcase", "{{ 'HeLLo' | downcase }}", "hello");
    row("capitalize", "{{ 'hELLO wORLD' | capitalize }}", "Hello world");
    row("append number", "{{ 5 | append: 'x' }}", "5x");
    row("append nil", "{{ 'hi' | append: missing }}", "hi");
    row("prepend", "{{ 'world' | prepend: 'hello ' }}", "hello world");
    row("remove", "{{ 'I strained to see the train' | remove: 'rain' }}", "I sted to see the t");
    row("remove_first", "{{ 'a-b-c' | remove_first: '-' }}", "ab-c");
    row("remove_last", "{{ 'a-b-c' | remove_last: '-' }}", "a-bc");
    row("replace", "{{ 'a-b-c' | replace: '-', '+' }}", "a+b+c");
    row("replace without replacement", "{{ 'hello' | replace: 'll' }}", "heo");
    row("replace empty pattern", "{{ 'ab' | replace: '', '-' }}", "-a-b-");
    row("replace growing too much", "{% assign s = (1..3000) | join: '' %}{{ s | replace: '1', s }}",
        "ERROR: replace: the result would be longer");
    row("replace_first", "{{ 'a-b-c' | replace_first: '-', '+' }}", "a+b-c");
    row("replace_last", "{{ 'a-b-c' | replace_last: '-', '+' }}", "a-b+c");
    row("slice", "{{ 'hello' | slice: 1, 3 }}", "ell");
    row("slice negative", "{{ 'Liquid' | slice: -3, 2 }}", "ui");
    row("slice out of range", "{{ 'hello' | slice: 99 }}", "");
    row("slice counts characters", "{{ '😀ab' | slice: 1 }}", "a");
    row("slice float offset", "{{ 'Liquid' | slice: 2.2 }}", "ERROR: invalid integer");
    row("slice array", "{{ a | slice: 1, 2 | join: ',' }}", "2,3", R"({"a":[1,2,3,4]})");
    row("size counts characters", "{{ '😀ab' | size }}", "3");
    row("truncate", "{{ 'Ground control to Major Tom.' | truncate: 20 }}", "Ground control to...");
    row("truncate custom end", "{{ 'Ground control to Major Tom.' | truncate: 25, ', and so on' }}", "Ground control, and so on");
    row("truncate short", "{{ 'Ground' | truncate: 20 }}", "Ground");
    row("truncate emoji", "{{ '😀😀😀😀😀' | truncate: 4, '' }}", "😀😀😀😀");
    row("truncate nil length", "{{ 'abc' | truncate: missing }}", "ERROR: invalid integer");
    row("truncatewords", "{{ 'one two three four' | truncatewords: 2 }}", "one two...");
    row("truncatewords whitespace runs", "{{ 'one  two\tthree' | truncatewords: 2, '' }}", "one two");
    row("truncatewords zero means one", "{{ 'one two' | truncatewords: 0 }}", "one...");
    row("split", "{{ 'a,b,,c,,' | split: ',' | join: '|' }}", "a|b||c");
    row("split on space is awk style", "{{ '  a  b ' | split: ' ' | join: '|' }}", "a|b");
    row("split empty pattern", "{{ 'abc' | split: '' | join: '|' }}", "a|b|c");
    row("strip", "{{ ' \t hi \n' | strip }}", "hi");
    row("strip keeps no-break space", "{{ '\u00a0hi' | strip | size }}", "3");
    row("lstrip", "{{ '  hi  ' | lstrip }}", "hi  ");
    row("rstrip", "{{ '  hi  ' | rstrip }}", "  hi");
    row("escape", "{{ \"<p class='x'>Tom & Jerry's</p>\" | escape }}",
        "&lt;p class=&#39;x&#39;&gt;Tom &amp; Jerry&#39;s&lt;/p&gt;");
    row("escape double quote", "{{ q | escape }}", "&quot;hi&quot;", R"({"q":"\"hi\""})");
    row("escape_once", "{{ '&lt;b&gt; & <i>' | escape_once }}", "&lt;b&gt; &amp; &lt;i&gt;");
    row("strip_html", "{{ '<p>Hi <b>there</b></p><script>x()</script><!-- c -->!' | strip_html }}", "Hi there!");
    row("newline_to_br", "{{ 'a\r\nb\nc' | newline_to_br }}", "a<br />\nb<br />\nc");
    row("strip_newlines", "{{ 'a\r\nb\nc' | strip_newlines }}", "abc");
    row("default nil", "{{ missing | default: 'x' }}", "x");
    row("default empty string", "{{ '' | default: 'x' }}", "x");
    row("default keeps blank string", "{{ ' ' | default: 'x' }}", " ");
    row("default false", "{{ false | default: 'x' }}", "x");
    row("default allow_false", "{{ false | default: 'x', allow_false: true }}", "false");
    row("default zero stays", "{{ 0 | default: 'x' }}", "0");
    row("default empty array", "{{ a | default: 'x' }}", "x", R"({"a":[]})");
}

void TestFilters::encoding_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("url_encode", "{{ 'email address is bob@example.com!' | url_encode }}", "email+address+is+bob%40example.com%21");
    row("url_encode utf8", "{{ 'ü~' | url_encode }}", "%C3%BC~");
    row("url_decode", "{{ 'a+b%40c%C3%BC' | url_decode }}", "a b@cü");
    row("url_decode invalid utf8", "{{ '%FF' | url_decode }}", "ERROR: invalid byte sequence in UTF-8");
    row("url_decode keeps lone percent", "{{ '100%' | url_decode }}", "100%");
    row("base64_encode", "{{ 'blah' | base64_encode }}", "YmxhaA==");
    row("base64_decode", "{{ 'YmxhaA==' | base64_decode }}", "blah");
    row("base64_decode rejects bad padding", "{{ 'YmxhaA=' | base64_decode }}", "ERROR: invalid base64 provided to base64_decode");
    row("base64_decode rejects url alphabet", "{{ 'Pz8_' | base64_decode }}", "ERROR: invalid base64");
    row("base64_url_safe_encode", "{{ '?\?>' | base64_url_safe_encode }}", "Pz8-");
    row("base64_url_safe_decode unpadded", "{{ 'YmxhaA' | base64_url_safe_decode }}", "blah");
}

void TestFilters::arity_data()
{
    using FilterTest::row;
    FilterTest::addColumns();
    row("too many", "{{ 'a' | append: 'b', 'c' }}", "ERROR: append: wrong number of arguments (given 3, expected 2)");
    row("missing", "{{ 5 | plus }}", "ERROR: plus: wrong number of arguments");
    row("unexpected", "{{ 5 | abs: 1 }}", "ERROR: abs: wrong number of arguments");
    row("replace_last needs two", "{{ 'a' | replace_last: 'a' }}", "ERROR: replace_last: wrong number of arguments");
}

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
