#!/usr/bin/env bash
# End-to-end tests in real headless Chromium. Installs what it needs when missing:
# Debian's chromium (no browser download) and playwright-core from npm (pinned in
# package-lock.json). Builds the release binary unless OBSERVATORY_BIN is given.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
if ! command -v node >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
cd "$here"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  npm ci --no-audit --no-fund
fi
if [ -z "${OBSERVATORY_BIN:-}" ]; then
  (cd "$repo" && cargo build --release -p observatory)
  OBSERVATORY_BIN="${CARGO_TARGET_DIR:-$repo/target}/release/observatory"
fi
export OBSERVATORY_BIN
exec node --test --test-concurrency=1 observatory.test.mjs
