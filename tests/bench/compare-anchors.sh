#!/usr/bin/env bash
# Runs liquid-bench and the two reference engines (Shopify Liquid with liquid-c, LiquidJS
# renderSync) on the same fixtures, ROUNDS times interleaved, and prints Markdown tables of the
# per-fixture medians with our ratio against the faster anchor (goal: at least 5x).
#
#   tests/bench/compare-anchors.sh [ROUNDS] [extra runner options, e.g. --time 2]
#
# Environment (defaults relative to the repository root):
#   LIQUID_BENCH  the liquid-bench binary of a Release build   (build-bench/tests/bench/liquid-bench)
#   ANCHORS       a writable copy of shared/tools/liquid-anchors with `npm ci` done   (../anchors)
#   FIXTURES      the fixtures folder   (../shared/golden-liquid/benchmark_fixtures)
# Set up the anchors once: apt-get install -y ruby-liquid ruby-liquid-c;
#   cp -r ../shared/tools/liquid-anchors ../anchors && chmod -R u+w ../anchors && (cd ../anchors && npm ci)
# Raw results stay in a temporary folder (printed at the end). Run nothing else CPU-heavy meanwhile.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${LIQUID_BENCH:-$root/build-bench/tests/bench/liquid-bench}
anchors=${ANCHORS:-$root/../anchors}
fixtures=${FIXTURES:-$root/../shared/golden-liquid/benchmark_fixtures}
rounds=${1:-3}
shift || true
export TZ=UTC

[[ -x $bench ]] || { echo "no liquid-bench at $bench (build it: cmake --build build-bench --target liquid-bench)" >&2; exit 2; }
[[ -f $anchors/bench.rb && -d $anchors/node_modules/liquidjs ]] || { echo "no anchors with node_modules at $anchors (see the header of $0)" >&2; exit 2; }

out=$(mktemp -d /tmp/liquid-compare.XXXXXX)
for i in $(seq 1 "$rounds"); do
    echo "round $i/$rounds" >&2
    "$bench" "$@" "$fixtures" > "$out/ours-run$i.txt" || echo "liquid-bench reported a problem (see $out/ours-run$i.txt)" >&2
    ruby "$anchors/bench.rb" --liquid-c --json "$out/liquid-c-run$i.json" "$@" "$fixtures" > /dev/null
    node "$anchors/bench.js" --no-async --json "$out/liquidjs-run$i.json" "$@" "$fixtures" > /dev/null
done

python3 - "$out" <<'EOF'
import json, pathlib, re, statistics, sys
out = pathlib.Path(sys.argv[1])
runs = {"ours": [], "liquid-c": [], "liquidjs": []}
preview = []
for f in sorted(out.glob("ours-run*.txt")):
    rows = {}
    for line in f.read_text().splitlines():
        m = re.match(r"(\S+) parse_per_s=(\d+) render_per_s=(\d+) us_per_render=([\d.]+)", line)
        if m:
            rows[m[1]] = {"parses_per_s": float(m[2]), "renders_per_s": float(m[3])}
        m = re.match(r"(\S+) edit_to_preview median_us=([\d.]+) p95_us=([\d.]+)", line)
        if m:
            preview.append((float(m[2]), float(m[3])))
    runs["ours"].append(rows)
for engine in ("liquid-c", "liquidjs"):
    for f in sorted(out.glob(f"{engine}-run*.json")):
        runs[engine].append({r["fixture"]: r for r in json.loads(f.read_text())["results"]})
fixtures = sorted({fx for rs in runs.values() for r in rs for fx in r})

def med(engine, fx, key):
    xs = [r[fx][key] for r in runs[engine] if fx in r]
    return statistics.median(xs) if xs else None

def cell(x):
    return f"{x:,.0f}" if x is not None else "n/a"

for key, what in (("renders_per_s", "Render"), ("parses_per_s", "Parse")):
    print(f"\n{what} throughput per second (median of {len(runs['ours'])} runs; TZ=UTC)\n")
    print(f"| fixture | ours | liquid-c | LiquidJS | ours / faster anchor |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for fx in fixtures:
        ours, lc, js = med("ours", fx, key), med("liquid-c", fx, key), med("liquidjs", fx, key)
        anchors = [x for x in (lc, js) if x]
        ratio = f"{ours / max(anchors):.1f}x" if ours and anchors else "n/a"
        print(f"| {fx} | {cell(ours)} | {cell(lc)} | {cell(js)} | {ratio} |")
if preview:
    print(f"\nwebhook edit-to-preview (parse + render + JSON check): median {statistics.median(p[0] for p in preview):.0f} us, "
          f"p95 {statistics.median(p[1] for p in preview):.0f} us (median over {len(preview)} runs)")
print(f"\nraw results: {out}")
EOF
