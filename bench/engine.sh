#!/usr/bin/env bash
# Indicator-engine benchmark: 10 million persons with 80 replicate weights, 20 indicators ×
# (citizenship × sex × 4 age bands, with every margin = 60 cells), point estimates and
# successive-difference replicate standard errors — the observatory, DuckDB and Polars on the
# same Parquet file, timed with peak memory (/usr/bin/time), plus the scan floor (reading and
# summing the same columns).
# Usage: bench/engine.sh [PERSONS]   (default 10000000; needs python3 with duckdb polars pyarrow numpy)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/integration-observatory/target}
cargo build --release -q -p observatory
bin=$CARGO_TARGET_DIR/release/observatory
tmp=${BENCH_TMP:-$(mktemp -d)}
file=$tmp/persons_$n.parquet
[ -f "$file" ] || python3 bench/gen_microdata.py "$n" "$file"
echo "$(date -u +%F) $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; $n persons, $(du -m "$file" | cut -f1) MB"
ind=employment_rate_20_64,unemployment_rate,activity_rate,self_employment,over_qualification,low_attainment_25_64,tertiary_attainment_25_64,early_leavers_18_24,at_risk_of_poverty,severe_deprivation,good_health,owner_occupation,overcrowding,housing_cost_overburden,long_term_residence_share,youth_unemployment,neet_16_24,in_work_poverty,part_time,temporary_contract
run() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > "$tmp/out" 2>&1 || { cat "$tmp/out"; exit 1; }
  read -r s m < "$tmp/time"
  printf '%-28s %7.2f s  peak %5d MB   %s\n' "$label" "$s" $((m / 1024)) "$(grep -m1 -E 'estimates in|scan floor|indicator' "$tmp/out" || true)"
}
for round in 1 2; do
  echo "round $round"
  run "observatory" "$bin" --db "$tmp/o.db" --no-bundled-data compute --data "$file" --mapping bench_synthetic --indicators "$ind" --by group,sex,age --no-store -o "$tmp/obs.csv"
  run "duckdb (anchor_engine.py)" python3 bench/anchor_engine.py duckdb "$file"
  run "polars (anchor_engine.py)" python3 bench/anchor_engine.py polars "$file"
  run "scan floor duckdb" python3 bench/scan_floor.py duckdb "$file"
  run "scan floor polars" python3 bench/scan_floor.py polars "$file"
done
grep -E '^at_risk_of_poverty,citizen=NEU27_2020_FOR,' "$tmp/obs.csv" | head -1
