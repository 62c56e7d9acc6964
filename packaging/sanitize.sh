#!/usr/bin/env bash
# The validator and the template library under AddressSanitizer and UndefinedBehaviorSanitizer:
# built with clang into build-sanitize/ (no interface), their tests run, then each libFuzzer
# target fuzzes for FUZZ_SECONDS (default 60) from its corpus. A crash found is written to
# build-sanitize/fuzz-findings/; copy it into fuzz/corpus/<target>/ to keep it as a regression
# input. Run after packaging/setup.sh, which installs clang.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"

flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -fsanitize=fuzzer-no-link"
CC=clang CXX=clang++ cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPERMITTED_CORE_ONLY=ON \
  "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"
cmake --build build-sanitize --parallel "$(nproc)"
ctest --test-dir build-sanitize --output-on-failure

# Fuzzed on copies of the corpora, so that the run never changes the repository.
mkdir -p build-sanitize/fuzz-findings
for target in validator_text validator_html library_json; do
  work="build-sanitize/fuzz-corpus/$target"
  rm -rf "$work" && mkdir -p "$work" && cp fuzz/corpus/"$target"/* "$work"/
  echo "fuzzing $target for ${seconds} s"
  build-sanitize/fuzz/fuzz_"$target" -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=build-sanitize/fuzz-findings/"$target"- "$work" 2>&1 | tail -n 60
done
