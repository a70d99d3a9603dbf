#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader and of the upload's parsing (libFuzzer through
# cargo fuzz, which needs a nightly toolchain): each target runs SECONDS seconds (default
# 10) from the corpus kept in fuzz/corpus/<target>, with inputs up to 4 KiB, a 10-second
# limit per input and 2 GiB of memory. A crash, a hang or an allocation beyond the limit
# fails the run and leaves the input in fuzz/artifacts/<target>/.
#   bash fuzz/run.sh            # 10 s per target, as .ci/run does
#   bash fuzz/run.sh 0 1000000  # a million runs per target (the figures in docs/testing.md)
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-10}"
runs="${2:-}"
export CARGO_TARGET_DIR="${CARGO_FUZZ_TARGET_DIR:-$HOME/.cache/integration-observatory/fuzz-target}"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null; then
  cargo install cargo-fuzz --locked
fi
# A short run (CI's few seconds per target) builds at opt-level 1 without debug info: 45 s
# instead of 2 min 29 s from nothing, at about 80 % of the executions per second; the long
# runs (docs/testing.md) build fully optimised, with debug info for their stack traces.
if [ -z "$runs" ] && [ "$seconds" -le 30 ]; then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=false
fi
cargo +nightly fuzz build --fuzz-dir . -s none -O
bin="$CARGO_TARGET_DIR/$(rustc -vV | sed -n 's/^host: //p')/release"
targets=$(cargo +nightly fuzz list --fuzz-dir .)
for t in $targets; do
  mkdir -p "corpus/$t" "artifacts/$t"
  limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  # New inputs go to a scratch copy: the kept corpus changes only when someone adds to it.
  scratch=$(mktemp -d)
  "$bin/$t" "$scratch" "corpus/$t" "${limit[@]}" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>"$scratch.log" \
    || { tail -40 "$scratch.log"; echo "fuzz: $t failed; the input is in fuzz/artifacts/$t/"; exit 1; }
  echo "fuzz: $t $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$scratch.log")"
  rm -rf "$scratch" "$scratch.log"
done
