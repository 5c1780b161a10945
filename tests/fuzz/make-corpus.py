#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_liquid: every template (and in-memory partial) of
golden_liquid.json plus the benchmark fixtures' templates, one file each, named by content hash.

    python3 tests/fuzz/make-corpus.py [OUT_DIR] [SHARED_DIR]

Defaults: OUT_DIR ../fuzz-corpus, SHARED_DIR ../shared (both relative to the repository root).
The corpus is generated, never committed."""
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

out.mkdir(parents=True, exist_ok=True)
written = 0
for text in sources:
    data = text.encode("utf-8")
    path = out / hashlib.sha1(data).hexdigest()
    if not path.exists():
        path.write_bytes(data)
        written += 1
print(f"{written} new seed files in {out} ({len(sources)} templates read)")
