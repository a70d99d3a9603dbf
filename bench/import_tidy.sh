#!/usr/bin/env bash
# Import benchmark: N rows of tidy CSV into a new store, timed with peak memory, next to
# the sqlite3 shell's own `.import` of the same file into a plain table (what a user
# without the observatory would do; it checks nothing and keeps no provenance).
# Usage: bench/import_tidy.sh [N ...]   (default: 1000000 2000000)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/integration-observatory/target}
cargo build --release -q -p observatory
bin=$CARGO_TARGET_DIR/release/observatory
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in "${@:-1000000 2000000}"; do
  for n1 in $n; do
    python3 bench/gen_tidy.py "$n1" "$tmp/tidy.csv"
    size=$(du -m "$tmp/tidy.csv" | cut -f1)
    rm -f "$tmp"/o.db*
    /usr/bin/time -f "%e %M" -o "$tmp/t1" "$bin" --db "$tmp/o.db" --no-bundled-data import "$tmp/tidy.csv" --source bench --licence none > /dev/null
    read -r s1 m1 < "$tmp/t1"
    rm -f "$tmp"/s.db*
    /usr/bin/time -f "%e %M" -o "$tmp/t2" sqlite3 "$tmp/s.db" -cmd "PRAGMA journal_mode=WAL" ".import --csv $tmp/tidy.csv t" > /dev/null
    read -r s2 m2 < "$tmp/t2"
    printf '%s rows (%s MB): observatory %.2f s (%.0f rows/s), peak %d MB | sqlite3 .import %.2f s, peak %d MB\n' \
      "$n1" "$size" "$s1" "$(echo "$n1 / $s1" | bc -l)" $((m1 / 1024)) "$s2" $((m2 / 1024))
  done
done
