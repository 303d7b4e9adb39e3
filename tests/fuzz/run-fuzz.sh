#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the fuzzers with clang and runs one, FUZZER, for at most SECONDS
# and RUNS inputs of up to MAX_LEN bytes, starting from the seeds in
# SEED_DIR...
#
#   run-fuzz.sh SOURCE_DIR BUILD_DIR CLANGXX FUZZER SECONDS RUNS MAX_LEN SEED_DIR...
set -euo pipefail
source_dir=$1 build_dir=$2 compiler=$3 fuzzer=$4 seconds=$5 runs=$6 max_len=$7
shift 7

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target "$fuzzer"

# A fresh corpus of the committed seeds each time: with a fixed seed and a
# fixed number of runs the same build explores the same inputs every time.
# SECONDS is only a cap.
corpus="$build_dir/corpus/$fuzzer"
rm -rf "$corpus"
mkdir -p "$corpus"
for seeds in "$@"; do
    cp "$seeds"/* "$corpus"/
done
exec "$build_dir/$fuzzer" -seed=1 -runs="$runs" -max_total_time="$seconds" -max_len="$max_len" \
     -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "$corpus"
