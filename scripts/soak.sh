#!/usr/bin/env bash
# Soak test: mixed unary and stream load against a local server on loopback for
# DURATION seconds (default 1800), in rounds of ROUND seconds (default 60): each round
# runs `lede bench` unary then stream load, then samples the server's RSS and open file
# descriptors. Bounded in time; loopback only; stops the server at the end (SIGTERM)
# and checks it drained cleanly. Writes a Markdown table to OUT (default
# soak-results.md) and prints it.
#
#   cargo build --release && scripts/soak.sh 1800
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-1800}
ROUND=${ROUND:-60}
BIN=${BIN:-target/release/lede}
OUT=${OUT:-soak-results.md}
CONCURRENCY=${CONCURRENCY:-16}
[ -x "$BIN" ] || { echo "soak: $BIN not found; run cargo build --release" >&2; exit 2; }

tmp=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
GRPC=$(free_port); METRICS=$(free_port)
"$BIN" serve --addr "127.0.0.1:$GRPC" --metrics-addr "127.0.0.1:$METRICS" --log-format json >"$tmp/server.log" 2>&1 &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
TARGET="http://127.0.0.1:$GRPC"
"$BIN" bench --mode ready --target "$TARGET" --timeout 10 >/dev/null
"$BIN" bench --mode generate --output "$tmp/archive.jsonl" --total-bytes 20000000 >/dev/null

half=$(( ROUND / 2 ))
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get(sys.argv[2], 0))' "$1" "$2"; }
{
  echo "# Soak: $(date -u +%Y-%m-%dT%H:%MZ), ${DURATION}s, rounds of ${ROUND}s, unary concurrency $CONCURRENCY, $(nproc) cores"
  echo
  echo "| t (s) | server RSS (MB) | open fds | unary ok/s | unary errors | stream docs/s | stream errors | load avg |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$OUT"
start=$(date +%s)
while :; do
  now=$(( $(date +%s) - start ))
  [ "$now" -lt "$DURATION" ] || break
  "$BIN" bench --mode unary --target "$TARGET" --concurrency "$CONCURRENCY" --duration "$half" --json >"$tmp/u.json"
  "$BIN" bench --mode stream --target "$TARGET" --input "$tmp/archive.jsonl" --duration "$half" --json >"$tmp/s.json"
  rss=$(awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$PID/status")
  fds=$(ls "/proc/$PID/fd" | wc -l)
  printf '| %s | %s | %s | %.0f | %s | %.0f | %s | %s |\n' "$(( $(date +%s) - start ))" "$rss" "$fds" \
    "$(field "$tmp/u.json" ok_per_s)" "$(field "$tmp/u.json" errors)" \
    "$(field "$tmp/s.json" ok_per_s)" "$(field "$tmp/s.json" errors)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT"
done
kill -TERM "$PID"
if wait "$PID"; then echo >>"$OUT"; echo "Server drained and exited 0 after SIGTERM." >>"$OUT"; else echo "Server exited $? after SIGTERM." >>"$OUT"; fi
cat "$OUT"
