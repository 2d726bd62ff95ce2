#!/usr/bin/env bash
# Issue 5's "`lede analyze --remote` ≥ 90 % of the in-process rate", measured two ways on
# one machine, loopback only, on a synthetic archive (generated, deleted at exit):
#   pinned  "client on another machine": in-process `lede analyze --workers 1` on core 0,
#           against `lede serve --workers 1` on core 0 with the `--remote` client on core 1
#           (the server gets the CPU the batch job had; the client its own, as on its own
#           machine). Needs taskset and at least 2 cores.
#   shared  client and server on the same cores as the in-process run had alone (default
#           workers): the client's JSON and protobuf work competes with the server.
# Each run prints wall seconds of both jobs, their ratio, and the server's CPU seconds
# (/proc/PID/stat) and context switches (all its threads).
#
# Usage: scripts/remote-ratio.sh            (needs target/release/lede: cargo build --release)
# Knobs (environment): MODES="pinned shared" RUNS=2 ARCHIVE_MB=50 PORT=50561 ARCHIVE=path
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/release/lede}
MODES=${MODES:-"pinned shared"}
RUNS=${RUNS:-2}
ARCHIVE_MB=${ARCHIVE_MB:-50}
PORT=${PORT:-50561}
[ -x "$BIN" ] || { echo "no $BIN: run cargo build --release first" >&2; exit 1; }

TMP=$(mktemp -d)
SERVER=
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT

ARCHIVE=${ARCHIVE:-}
if [ -z "$ARCHIVE" ]; then
    ARCHIVE=$TMP/archive.jsonl
    "$BIN" bench --mode generate --output "$ARCHIVE" --total-bytes $((ARCHIVE_MB * 1000000)) --doc-bytes 5000 --json >/dev/null
fi

wall() { # wall seconds of a command (stdout and stderr dropped)
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}

for mode in $MODES; do
    if [ "$mode" = pinned ]; then
        local_cmd=(taskset -c 0 "$BIN" analyze --workers 1 --progress never "$ARCHIVE" -o /dev/null)
        serve_cmd=(taskset -c 0 "$BIN" serve --workers 1)
        client=(taskset -c 1)
    else
        local_cmd=("$BIN" analyze --progress never "$ARCHIVE" -o /dev/null)
        serve_cmd=("$BIN" serve)
        client=()
    fi
    for run in $(seq "$RUNS"); do
        in=$(wall "${local_cmd[@]}")
        "${serve_cmd[@]}" --addr 127.0.0.1:$PORT --metrics-addr 127.0.0.1:0 >/dev/null 2>&1 &
        SERVER=$!
        "$BIN" bench --mode ready --target "http://127.0.0.1:$PORT" --duration 20 --json >/dev/null
        re=$(wall "${client[@]}" "$BIN" analyze --remote "http://127.0.0.1:$PORT" --progress never "$ARCHIVE" -o /dev/null)
        cpu=$(awk '{printf "%.2f", ($14 + $15) / 100}' /proc/$SERVER/stat)
        ctx=$(cat /proc/$SERVER/task/*/status | awk '/ctxt_switches/ {s += $2} END {print s}')
        kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
        printf '%-6s run %d: in-process %.2f s, --remote %.2f s, remote/in-process %.0f %%, server CPU %s s, server context switches %s\n' \
            "$mode" "$run" "$in" "$re" "$(echo "100 * $in / $re" | bc -l)" "$cpu" "$ctx"
    done
done
