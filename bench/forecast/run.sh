#!/usr/bin/env bash
# The forecast benchmark against statsforecast (see BENCHMARKS.md, "Forecasts").
#   bench/forecast/run.sh                 # times target/release/observatory
#   OBSERVATORY_BIN=… bench/forecast/run.sh
# Needs a venv with statsforecast 2.x: python3 -m venv $VENV && $VENV/bin/pip install 'statsforecast>=2,<3'
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${VENV:-$HOME/.cache/integration-observatory/venv-forecast}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=${OBSERVATORY_BIN:-$TARGET/release/observatory}
echo "binary: $BIN; machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
"$VENV/bin/python" -c "import statsforecast; print('statsforecast', statsforecast.__version__)"
exec "$VENV/bin/python" bench/forecast/bench.py --data data/eurostat-urban-audit --bin "$BIN" "$@"
