#!/usr/bin/env bash
# Builds the load + validate fuzzer with clang and runs it for SECONDS,
# starting from the round-trip test configs.
set -euo pipefail
source_dir=$1 build_dir=$2 compiler=$3 seconds=$4

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j"$(nproc)"

corpus="$build_dir/corpus"
mkdir -p "$corpus"
cp "$source_dir"/../../data/roundtrip/*.json "$corpus"/
# A fixed seed and a fixed number of runs make the suite repeatable: the
# same build explores the same inputs every time. SECONDS is only a cap.
exec "$build_dir/fuzz_load_validate" -seed=1 -runs=150000 -max_total_time="$seconds" -max_len=65536 \
     -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "$corpus"
