#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_liquid: every template (and in-memory partial) of
golden_liquid.json plus the benchmark fixtures' templates, one file each, named by content hash.

    python3 tests/fuzz/make-corpus.py [OUT_DIR] [SHARED_DIR]

Defaults: OUT_DIR ../fuzz-corpus, SHARED_DIR ../shared (both relative to the repository root).
The committed corpus is tests/fuzz/corpus (scripts/sanitize.sh fuzzes from it); regenerate it with
    python3 tests/fuzz/make-corpus.py tests/fuzz/corpus
and add every input a finding came from, once fixed."""
import hashlib
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "fuzz-corpus"
shared = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else root.parent / "shared"
golden = shared / "golden-liquid"

sources = []
for test in json.loads((golden / "golden_liquid.json").read_text(encoding="utf-8"))["tests"]:
    sources.append(test["template"])
    sources.extend((test.get("templates") or {}).values())
sources.extend(p.read_text(encoding="utf-8") for p in sorted(golden.glob("benchmark_fixtures/*/templates/*.liquid")))

# Edge shapes the suite has few of: integer extremes in ranges and numeric filter arguments, long
# strftime widths, unclosed delimiters, deep nesting, self-including partials (the fuzz target's
# partial source returns the input itself).
sources += [
    "{{ (9223372036854775806..9223372036854775807) | join: ',' }}",
    "{% for i in (-9223372036854775808..9223372036854775807) limit: 2 offset: 9223372036854775807 %}{{ i }}{% endfor %}",
    "{{ -9223372036854775808 | divided_by: -1 }}{{ 9223372036854775807 | plus: 1 | times: -2 | modulo: -1 }}",
    "{{ 'abcdef' | slice: -9223372036854775808, 9223372036854775807 }}{{ 'abc' | truncate: 9223372036854775807, 'xx' }}",
    "{{ 1.5 | round: 400 }}{{ 1e308 | times: 10 | ceil }}{{ -0.0 | abs }}{{ 2.5 | floor | at_least: 'x' }}",
    "{{ 'now' | date: '%-999999d %099999Y %^B %#a %:z %::z' }}{{ 1e300 | date: '%s' }}",
    "{% tablerow i in (1..5) cols: 0 limit: -1 %}{{ tablerowloop.col }}{% endtablerow %}",
    "{% cycle 'a', 'b' %}{% cycle g: 'a' %}{% increment n %}{% decrement n %}{{ n }}",
    "{% include 'self' %}{% render 'self' with list as x %}{% include 'self' for list %}",
    "{{ content_blocks.${self} }}{{ ${first_name} | default: custom_attribute.${zip code} }}",
    "{{ a" + "[a" * 120 + "]" * 120 + " }}",
    "{% if a %}" * 120,
    "{{ 'x' | append: 'y' " + "| append: 'y' " * 60 + "}}",
]

out.mkdir(parents=True, exist_ok=True)
written = 0
for text in sources:
    data = text.encode("utf-8")
    path = out / hashlib.sha1(data).hexdigest()
    if not path.exists():
        path.write_bytes(data)
        written += 1
print(f"{written} new seed files in {out} ({len(sources)} templates read)")
