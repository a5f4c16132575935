#!/usr/bin/env bash
# Robustness figures of a release build, measured as the robustness review did (issue 13):
#
#   benches/robustness/run.sh        # from anywhere; WITAJ=path uses that binary instead
#
#   1. half-sent requests (`GET /pl/ HTTP/1.1\r\n` and nothing more) from one address, then from
#      80 addresses (each under the per-client cap), a visitor from 127.0.0.2 asking /healthz every
#      second (hold.py): how many the server holds, how it closes them, the visitor's answers, RSS;
#   2. reload under load: wrk -t2 -c50 -d20s on a guide while 20 SIGHUPs are sent 0.4 s apart:
#      req/s, p99, failed requests, RSS before and after.
# Needs python3 and wrk (installed from Debian when missing), and a file-descriptor limit of at
# least 20,000 (`ulimit -n`); HOLD (default 19000) sets the held connections. Run it on a quiet
# machine: the attacker, the visitor, wrk and the server share the cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
HOLD=${HOLD:-19000}
PORT=${PORT:-18431}
command -v wrk >/dev/null || { s=""; [ "$(id -u)" -eq 0 ] || s=sudo; $s apt-get install -y -q wrk; }
if [ -z "${WITAJ:-}" ]; then
    cargo build --release --bin witaj -q
    WITAJ="${CARGO_TARGET_DIR:-$ROOT/target}/release/witaj"
fi
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "fd limit $(ulimit -n); machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); load $(cut -d' ' -f1-3 /proc/loadavg)"

WORK=$(mktemp -d)
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
cp -a content static templates locales portal.toml "$WORK/"

start() {
    "$WITAJ" --root "$WORK" --state "$WORK/state.sqlite3" serve --bind "127.0.0.1:$PORT" \
        >"$WORK/witaj.log" 2>&1 &
    PID=$!
    until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.05; done
}
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$PID/status"; }

start
echo "== $HOLD half-sent requests from one address, held 20 s"
python3 benches/robustness/hold.py "$PORT" "$PID" "$HOLD" 1 20
echo "== $HOLD half-sent requests from 80 addresses, held 20 s"
python3 benches/robustness/hold.py "$PORT" "$PID" "$HOLD" 80 20
kill "$PID"; wait "$PID" 2>/dev/null || true

start
echo "== reload under load: wrk -t2 -c50 -d20s /pl/guides/pesel, 20 SIGHUPs 0.4 s apart"
before=$(rss)
wrk -t2 -c50 -d20s --latency "http://127.0.0.1:$PORT/pl/guides/pesel" >"$WORK/wrk.txt" &
WRK=$!
sleep 2
for _ in $(seq 20); do kill -HUP "$PID"; sleep 0.4; done
wait "$WRK"
awk '/requests in|Requests\/sec|Socket errors|Non-2xx/ {print "   " $0} $1 == "99%" {print "   p99 " $2}' "$WORK/wrk.txt"
echo "   failed: $(grep -cE 'Socket errors|Non-2xx' "$WORK/wrk.txt" || true) lines of errors (0 means none)"
echo "   reloads logged (signals that come during a reload merge into one more): $(grep -c 'reloaded' "$WORK/witaj.log" || true); panics: $(grep -c 'panicked' "$WORK/witaj.log" || true)"
echo "   RSS $before before, $(rss) after"
