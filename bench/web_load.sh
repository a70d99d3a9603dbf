#!/usr/bin/env bash
# Load test of `observatory serve` on loopback, against nginx serving the same page saved
# as a static file, in the same run. Needs wrk and nginx (Debian); installs them if missing.
#
#   bench/web_load.sh            20 s per target, 4 connections, 2 threads
#   bench/web_load.sh --soak     also 10 minutes on the profile page, RSS sampled each minute
#
# Targets: a published city profile page, an API query, nginx's static copy of the page.
# Reports requests/s, p99 latency, errors, and the server's RSS before and after.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
duration="${DURATION:-20s}"
conns="${CONNECTIONS:-4}"
threads="${THREADS:-2}"
soak=0
[ "${1:-}" = "--soak" ] && soak=1
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; }
done
bin="${OBSERVATORY_BIN:-}"
if [ -z "$bin" ]; then
  (cd "$repo" && cargo build --release -p observatory)
  bin="${CARGO_TARGET_DIR:-$repo/target}/release/observatory"
fi
work="$(mktemp -d)"
db="${OBSERVATORY_BENCH_DB:-$work/observatory.db}"
export OBSERVATORY_DB="$db" OBSERVATORY_DATA="$repo/data" RUST_LOG=warn
"$bin" init >/dev/null
port=18080
nginx_port=18081
"$bin" serve --addr 127.0.0.1:$port >"$work/serve.log" 2>&1 &
server=$!
nginx_pid=""
cleanup() {
  kill "$server" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
page="/cities/HR004C"
api="/api/v1/observations?geo=HR004C&latest=true"
mkdir -p "$work/www/cities"
curl -fs "http://127.0.0.1:$port$page" >"$work/www/cities/HR004C.html"
# nginx's workers run as an unprivileged user: mktemp's 0700 folder would give them 403s
chmod a+x "$work"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$nginx_port; root $work/www; location / { try_files \$uri.html \$uri =404; } }
}
CONF
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$nginx_port$page" >/dev/null && break; sleep 0.2; done
# the static copy must be served (200) or the comparison means nothing
curl -fs "http://127.0.0.1:$nginx_port$page" >/dev/null || { echo "nginx does not serve $page" >&2; cat "$work/nginx-error.log" >&2; exit 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
run() { # name url
  local out
  out="$(wrk -t"$threads" -c"$conns" -d"$duration" --latency "$2")"
  local rps p99 errors
  rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
  p99="$(echo "$out" | awk '$1 == "99%" {print $2}')"
  errors="$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')"
  printf '| %s | %s | %s | %s |\n' "$1" "$rps" "$p99" "${errors:-none}"
}
echo "machine: $(nproc) cores, $(uname -sr); wrk -t$threads -c$conns -d$duration; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "RSS before: $(rss) kB"
echo "| target | requests/s | p99 | errors |"
echo "|---|---|---|---|"
run "observatory: city profile page $page" "http://127.0.0.1:$port$page"
run "observatory: API $api" "http://127.0.0.1:$port$api"
run "nginx: the same page as a static file" "http://127.0.0.1:$nginx_port$page"
echo "RSS after: $(rss) kB"
if [ "$soak" = 1 ]; then
  echo "soak: 10 minutes on $page, RSS each minute (kB):"
  wrk -t"$threads" -c"$conns" -d600s --latency "http://127.0.0.1:$port$page" >"$work/soak.txt" &
  soakpid=$!
  for m in $(seq 10); do sleep 60; echo "  minute $m: $(rss)"; done
  wait "$soakpid"
  grep -E "Requests/sec|99%|Non-2xx|Socket errors" "$work/soak.txt" | sed 's/^/  /'
fi
