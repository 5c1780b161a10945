#!/usr/bin/env bash
# The sanitizer stage of CI, run by .ci/run after ./test: the core libraries, braze-cli and their
# tests built with AddressSanitizer and UndefinedBehaviorSanitizer (no widgets: CONSOLE_CORE_ONLY)
# and run with CTest, then 60 seconds of libFuzzer on the Liquid engine from the seed corpus in
# tests/fuzz/corpus. Any sanitizer report or fuzzer finding fails the stage; a finding is kept in
# build-sanitize/fuzz-findings/ (add it to the corpus once fixed). clang and its sanitizer and
# libFuzzer runtimes are installed when missing, as ./test installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

[ -d ../shared/tools ] || { echo "sanitize: ../shared is missing (its lsan.supp is needed)"; exit 1; }
install_missing_packages clang libclang-rt-14-dev
started=$SECONDS
build=build-sanitize
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}" CCACHE_NOHASHDIR=1
if [ ! -f "$build/build.ninja" ]; then
    # -O1 keeps the instrumented tests quick without hiding the frames of a report; line tables
    # (not full debug information) are all a report needs and compile much faster.
    CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCONSOLE_CORE_ONLY=ON -DCONSOLE_SANITIZE=ON -DCONSOLE_FUZZ=ON
fi
cmake --build "$build" --parallel "$(nproc)"
built=$SECONDS

scratch=$(mktemp -d /tmp/braze-console-sanitize.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{data,runtime,cache,config,corpus}
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CACHE_HOME="$scratch/cache" \
       XDG_CONFIG_HOME="$scratch/config" HOME="$scratch" QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# ../shared's suppressions and the project's own for further system libraries (scripts/lsan-system.supp).
cat ../shared/tools/lsan.supp scripts/lsan-system.supp > "$scratch/lsan.supp"
export LSAN_OPTIONS="suppressions=$scratch/lsan.supp"
# The keychain suites need the D-Bus session ./test sets up; they hold no core logic of their own.
(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --label-exclude keychain)
tested=$SECONDS

mkdir -p "$build/fuzz-findings"
# New inputs go to the scratch folder; the committed corpus is only read. A fixed seed and run count
# make CI reproducible (a finding there is a finding here); FUZZ_SEED=0 picks a random seed to explore.
(cd "$scratch" && "$OLDPWD/$build/tests/fuzz/fuzz_liquid" -seed="${FUZZ_SEED:-1}" -runs="${FUZZ_RUNS:-80000}" \
    -max_total_time=60 -timeout=5 -rss_limit_mb=4096 \
    -dict="$OLDPWD/tests/fuzz/liquid.dict" -artifact_prefix="$OLDPWD/$build/fuzz-findings/" -print_final_stats=1 \
    "$scratch/corpus" "$OLDPWD/tests/fuzz/corpus" 2>&1 | tail -n 25)
echo "sanitize: build $((built - started)) s, tests $((tested - built)) s, fuzzing $((SECONDS - tested)) s, total $((SECONDS - started)) s"
