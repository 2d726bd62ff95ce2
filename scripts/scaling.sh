#!/usr/bin/env bash
# The scaling table of BENCHMARKS.md, on this machine, bounded in time (about 10 minutes
# with the defaults) and loopback only:
#   1. cold start: `lede serve` start → gRPC health SERVING (best of 3);
#   2. throughput vs document size (1 KB … 1 MB) and vs cores (--workers 1, 2):
#      in-process `lede analyze` on a synthetic archive, and unary Analyze through the
#      server (`lede bench`);
#   3. throughput and peak RSS (/usr/bin/time -v) of `lede analyze` and of the server
#      streaming to `lede analyze --remote`, on synthetic archives of growing size;
#   4. unary Analyze of 5 KB articles vs concurrency (2 workers), and overload: many
#      more callers than --max-concurrency must be shed fast with RESOURCE_EXHAUSTED.
# Archives are generated into a temporary folder and deleted at exit.
#
# Usage: scripts/scaling.sh [OUT.md]        (needs target/release/lede: cargo build --release)
# Knobs (environment): ARCHIVES_MB="10 50 200" DOC_SIZES="1000 10000 100000 1000000"
#   WORKERS="1 2" UNARY_SECS=5 SIZE_MB=20 (archive used per document size) PORT=50551
#   CONCURRENCY="1 2 4 8 16 32 64" SECTIONS="cold sizes archives unary" (which to run)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/release/lede}
OUT=${1:-/dev/stdout}
ARCHIVES_MB=${ARCHIVES_MB:-"10 50 200"}
DOC_SIZES=${DOC_SIZES:-"1000 10000 100000 1000000"}
WORKERS=${WORKERS:-"1 2"}
UNARY_SECS=${UNARY_SECS:-5}
SIZE_MB=${SIZE_MB:-20}
PORT=${PORT:-50551}
CONCURRENCY=${CONCURRENCY:-"1 2 4 8 16 32 64"}
SECTIONS=${SECTIONS:-"cold sizes archives unary"}
want() { [[ " $SECTIONS " == *" $1 "* ]]; }
MPORT=$((PORT + 1))
URL="http://127.0.0.1:$PORT"

[ -x "$BIN" ] || { echo "no $BIN: run cargo build --release first" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (for peak RSS)" >&2
  apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; } >/dev/null
fi

TMP=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then stop_server; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# One field of a JSON object read on stdin.
jget() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d'+sys.argv[1]))" "$1"; }
# Peak RSS in MB from a /usr/bin/time -v log.
rss_mb() { awk -F: '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
# CPU seconds (user + system) from a /usr/bin/time -v log.
cpu_s() { awk -F: '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$1"; }
# Wall seconds from a /usr/bin/time -v log.
wall_s() {
  awk '/Elapsed \(wall clock\)/ {n=split($NF,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$1"
}

# start_server LOGFILE [serve args...]: starts the server under /usr/bin/time -v.
start_server() {
  local log=$1; shift
  /usr/bin/time -v -o "$log" "$BIN" serve --addr "127.0.0.1:$PORT" --metrics-addr "127.0.0.1:$MPORT" \
    --log-format json --log warn "$@" >/dev/null 2>&1 &
  SERVER_PID=$!
  "$BIN" bench --mode ready --target "$URL" --duration 20 --json >/dev/null
}
# Stops the server (the child of /usr/bin/time when it runs under it) with SIGTERM.
stop_server() {
  local child
  child=$(pgrep -P "$SERVER_PID" || true)
  kill -TERM "${child:-$SERVER_PID}"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

gen() { # gen PATH MB DOC_BYTES
  "$BIN" bench --mode generate --output "$1" --total-bytes $(($2 * 1000000)) --doc-bytes "$3" --json >/dev/null
}

{
echo "## Scaling run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(uname -m)), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if want cold; then
echo "### Cold start (start → health SERVING), best of 3"
best=""
for _ in 1 2 3; do
  t0=$(date +%s%N)
  "$BIN" serve --addr "127.0.0.1:$PORT" --metrics-addr "127.0.0.1:$MPORT" --log warn >/dev/null 2>&1 &
  SERVER_PID=$!
  "$BIN" bench --mode ready --target "$URL" --duration 20 --json >/dev/null
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  stop_server
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "cold start: ${best} ms (process spawn + model load + bind + first health answer)"
echo
fi

if want sizes; then
echo "### Throughput vs document size and workers"
echo
echo "In-process: \`lede analyze --workers W --progress never -o /dev/null\` on a ${SIZE_MB} MB synthetic archive."
echo "Unary: \`lede serve --workers W\` + \`lede bench --mode unary --doc-bytes S --concurrency C --duration $UNARY_SECS\` (client on the same 2 cores)."
echo
echo "| doc bytes | workers | in-process MB/s | in-process words/s | unary C | unary req/s | unary MB/s | unary p50 ms | unary p99 ms | unary errors | load avg |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for size in $DOC_SIZES; do
  arch="$TMP/size-$size.jsonl"
  gen "$arch" "$SIZE_MB" "$size"
  words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$arch")
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$arch")
  # Concurrency: enough to keep 2 workers busy, fewer for huge documents.
  if [ "$size" -ge 1000000 ]; then c=4; elif [ "$size" -ge 100000 ]; then c=8; else c=32; fi
  for w in $WORKERS; do
    /usr/bin/time -v -o "$TMP/t.log" "$BIN" analyze --workers "$w" --progress never -o /dev/null "$arch"
    s=$(wall_s "$TMP/t.log")
    local_mb=$(python3 -c "print(f'{$bytes/1e6/$s:.2f}')")
    local_w=$(python3 -c "print(f'{$words/$s:.0f}')")
    start_server "$TMP/srv.log" --workers "$w" --max-concurrency 256
    "$BIN" bench --mode unary --target "$URL" --doc-bytes "$size" --concurrency "$c" \
      --duration "$UNARY_SECS" --distinct-docs 16 --json >"$TMP/u.json"
    stop_server
    u=$(cat "$TMP/u.json")
    echo "| $size | $w | $local_mb | $local_w | $c | $(jget "['ok_per_s']" <<<"$u" | xargs printf '%.0f') | $(jget "['mb_per_s']" <<<"$u" | xargs printf '%.2f') | $(jget "['latency_ok']['p50_ms']" <<<"$u") | $(jget "['latency_ok']['p99_ms']" <<<"$u") | $(jget "['errors']" <<<"$u") | $(cut -d' ' -f1 /proc/loadavg) |"
  done
  rm -f "$arch"
done
echo
fi

if want archives; then
echo "### Archives of growing size: throughput and peak RSS (5 KB documents, all cores)"
echo
echo "MB per CPU-s divides the text by the CPU time (user + system) of the processes, which"
echo "does not depend on how much of the machine other work leaves us: a per-core rate."
echo
echo "| archive MB | analyze s | analyze MB/s | analyze CPU s | analyze MB per CPU-s | analyze peak RSS MB | --remote s | --remote MB/s | remote/in-process | server + client CPU s | remote MB per CPU-s | client peak RSS MB | server peak RSS MB | load avg |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for mb in $ARCHIVES_MB; do
  arch="$TMP/archive-$mb.jsonl"
  gen "$arch" "$mb" 5000
  /usr/bin/time -v -o "$TMP/a.log" "$BIN" analyze --progress never -o /dev/null "$arch"
  start_server "$TMP/srv.log"
  /usr/bin/time -v -o "$TMP/r.log" "$BIN" analyze --remote "$URL" --progress never -o /dev/null "$arch"
  stop_server
  a=$(wall_s "$TMP/a.log"); r=$(wall_s "$TMP/r.log"); ac=$(cpu_s "$TMP/a.log")
  rc=$(python3 -c "print(f'{$(cpu_s "$TMP/r.log") + $(cpu_s "$TMP/srv.log"):.2f}')")
  echo "| $mb | $a | $(python3 -c "print(f'{$mb/$a:.2f}')") | $ac | $(python3 -c "print(f'{$mb/$ac:.2f}')") | $(rss_mb "$TMP/a.log") | $r | $(python3 -c "print(f'{$mb/$r:.2f}')") | $(python3 -c "print(f'{$a/$r:.0%}')") | $rc | $(python3 -c "print(f'{$mb/$rc:.2f}')") | $(rss_mb "$TMP/r.log") | $(rss_mb "$TMP/srv.log") | $(cut -d' ' -f1 /proc/loadavg) |"
  rm -f "$arch"
done
echo
fi

if want unary; then
echo "### Unary Analyze of 5 KB articles vs concurrency (\`lede serve\` default 2 workers, --max-concurrency 256)"
echo
echo "| concurrency | req/s | MB/s | words/s | p50 ms | p90 ms | p99 ms | errors | load avg |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
start_server "$TMP/srv.log"
for c in $CONCURRENCY; do
  u=$("$BIN" bench --mode unary --target "$URL" --doc-bytes 5000 --concurrency "$c" --duration "$UNARY_SECS" --json)
  echo "| $c | $(jget "['ok_per_s']" <<<"$u" | xargs printf '%.0f') | $(jget "['mb_per_s']" <<<"$u" | xargs printf '%.2f') | $(jget "['words_per_s']" <<<"$u" | xargs printf '%.0f') | $(jget "['latency_ok']['p50_ms']" <<<"$u") | $(jget "['latency_ok']['p90_ms']" <<<"$u") | $(jget "['latency_ok']['p99_ms']" <<<"$u") | $(jget "['errors']" <<<"$u") | $(cut -d' ' -f1 /proc/loadavg) |"
done
stop_server
echo
echo "Overload: \`lede serve --max-concurrency 16\`, \`lede bench --concurrency 256 --doc-bytes 5000 --duration $UNARY_SECS\`:"
echo
start_server "$TMP/srv.log" --max-concurrency 16
u=$("$BIN" bench --mode unary --target "$URL" --doc-bytes 5000 --concurrency 256 --duration "$UNARY_SECS" --json)
stop_server
echo "| ok/s | ok p50 ms | ok p99 ms | shed (RESOURCE_EXHAUSTED) | shed p50 ms | shed p99 ms | other errors | load avg |"
echo "|---:|---:|---:|---:|---:|---:|---:|---|"
echo "| $(jget "['ok_per_s']" <<<"$u" | xargs printf '%.0f') | $(jget "['latency_ok']['p50_ms']" <<<"$u") | $(jget "['latency_ok']['p99_ms']" <<<"$u") | $(jget "['errors_by_code'].get('RESOURCE_EXHAUSTED',0)" <<<"$u") | $(jget "['latency_errors']['p50_ms']" <<<"$u") | $(jget "['latency_errors']['p99_ms']" <<<"$u") | $(jget "['errors']-d['errors_by_code'].get('RESOURCE_EXHAUSTED',0)" <<<"$u") | $(cut -d' ' -f1 /proc/loadavg) |"
echo
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT"
