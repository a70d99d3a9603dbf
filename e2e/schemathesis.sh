#!/usr/bin/env bash
# OpenAPI conformance of every /api/v1 endpoint: schemathesis (PyPI) generates requests
# from /api/v1/openapi.json and checks every answer against the document (status codes,
# content types, schemas) and that the server never fails (no 5xx).
# Starts `observatory serve` on a loopback port with a fresh store (bundle loaded), and an
# administrator's API token so that the write endpoints are exercised too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
venv="${SCHEMATHESIS_VENV:-$HOME/.cache/schemathesis-venv}"
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis>=4,<5"
fi
bin="${OBSERVATORY_BIN:-}"
if [ -z "$bin" ]; then
  (cd "$repo" && cargo build --release -p observatory)
  bin="${CARGO_TARGET_DIR:-$repo/target}/release/observatory"
fi
work="$(mktemp -d)"
export OBSERVATORY_DB="${OBSERVATORY_DB:-$work/observatory.db}" OBSERVATORY_DATA="$repo/data" RUST_LOG=warn
"$bin" init >/dev/null
echo "a long schemathesis password" | "$bin" create-admin --email st-admin@example.eu --password-stdin >/dev/null 2>&1 || true
token="$("$bin" create-token --email st-admin@example.eu --name schemathesis 2>/dev/null)"
port="${PORT:-18090}"
"$bin" serve --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
# Bounded: 30 examples per operation take about a minute on a debug build (19 operations,
# ~1,500 requests); the timeout stops a run that hangs instead of letting CI wait forever.
# From the temporary folder: schemathesis and hypothesis keep their caches in the working
# directory, which must not be the clone.
cd "$work"
timeout "${SCHEMATHESIS_TIMEOUT:-180}" "$venv/bin/schemathesis" run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
  --max-examples "${MAX_EXAMPLES:-30}" \
  --max-response-time 5 \
  --request-timeout 10 \
  "$@"
