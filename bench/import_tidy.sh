#!/usr/bin/env bash
# Import benchmark: N rows of tidy CSV into a new store, timed with peak memory, next to
# the sqlite3 shell's own `.import` of the same file into a plain table (what a user
# without the observatory would do; it checks nothing and keeps no provenance).
# Usage: bench/import_tidy.sh [N ...]   (default: 1000000 2000000)
#
# By default it times `observatory --no-bundled-data import FILE` (the release binary,
# which builds DataFusion too: long the first time). IMPORT_BENCH=example times
# crates/importer/examples/import_tidy.rs instead: the import command's own library
# call (importer::import) without the rest of the binary, built in a couple of minutes. Wall time depends on what else the machine
# runs, so CPU time (user + sys) and the load average are printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/integration-observatory/target}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "${IMPORT_BENCH:-observatory}" = example ]; then
  cargo build --release -q -p importer --example import_tidy
  import=("$CARGO_TARGET_DIR/release/examples/import_tidy" "$tmp/o.db" "$tmp/tidy.csv")
else
  cargo build --release -q -p observatory
  import=("$CARGO_TARGET_DIR/release/observatory" --db "$tmp/o.db" --no-bundled-data
          import "$tmp/tidy.csv" --source bench --licence none)
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for n in "${@:-1000000 2000000}"; do
  for n1 in $n; do
    python3 bench/gen_tidy.py "$n1" "$tmp/tidy.csv"
    size=$(du -m "$tmp/tidy.csv" | cut -f1)
    rm -f "$tmp"/o.db*
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/t1" "${import[@]}" > /dev/null
    read -r s1 u1 y1 m1 < "$tmp/t1"
    rm -f "$tmp"/s.db*
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/t2" sqlite3 "$tmp/s.db" -cmd "PRAGMA journal_mode=WAL" ".import --csv $tmp/tidy.csv t" > /dev/null
    read -r s2 u2 y2 m2 < "$tmp/t2"
    printf '%s rows (%s MB): observatory %.2f s wall (%.0f rows/s), %.2f s CPU, peak %d MB | sqlite3 .import %.2f s wall, %.2f s CPU, peak %d MB\n' \
      "$n1" "$size" "$s1" "$(echo "$n1 / $s1" | bc -l)" "$(echo "$u1 + $y1" | bc -l)" $((m1 / 1024)) \
      "$s2" "$(echo "$u2 + $y2" | bc -l)" $((m2 / 1024))
  done
done
