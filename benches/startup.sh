#!/usr/bin/env bash
# Start-up: how long `witaj serve` takes on the bundled site until /healthz answers, and how long
# `witaj check` takes, each the median of RUNS runs with hyperfine (issue 8; target: serve under
# 0.5 s with a release build, check well under a second).
#
#   benches/startup.sh                     # the release binary of this tree (built if missing)
#   benches/startup.sh OLD_BINARY          # also an older binary, in the same run, for the ratio
#
# Each serve run starts the binary on a free port of loopback, polls /healthz every 5 ms with
# curl, and stops the server (SIGTERM) once it answers; the time includes the process start and
# ends at the first answer. The state file is a fresh temporary one. Needs hyperfine and curl
# (Debian: apt-get install hyperfine curl). Settings (environment): RUNS (default 15), PORT
# (default 18090). Run it on a quiet machine: start-up is CPU-bound.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-15}
PORT=${PORT:-18090}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
NEW="$TARGET/release/witaj"
[ -x "$NEW" ] || cargo build --release --bin witaj -q

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# One start of `serve` until its first answer, as a command hyperfine can time.
cat >"$WORK/serve-once.sh" <<'EOF'
#!/usr/bin/env bash
set -u
bin=$1 root=$2 port=$3 state=$4
rm -f "$state"
"$bin" --root "$root" --state "$state" serve --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "witaj serve exited before answering" >&2; exit 1; }
    sleep 0.005
done
kill "$pid"
wait "$pid" 2>/dev/null || true
EOF
chmod +x "$WORK/serve-once.sh"

serve_cmds=()
check_cmds=()
names=()
for bin in "$@" "$NEW"; do
    names+=("$bin")
    serve_cmds+=("$WORK/serve-once.sh $bin $ROOT $PORT $WORK/state.sqlite3")
    check_cmds+=("$bin --root $ROOT check")
done

echo "== witaj serve: until /healthz answers (${names[*]})"
hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/serve.json" "${serve_cmds[@]}"
echo "== witaj check"
hyperfine --warmup 1 --runs "$RUNS" -i --export-json "$WORK/check.json" "${check_cmds[@]}"
echo
# Medians, and each binary's ratio to the last one (this tree's).
for what in serve check; do
    python3 - "$WORK/$what.json" "$what" "${names[@]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
what, names = sys.argv[2], sys.argv[3:]
new = results[-1]["median"]
for name, r in zip(names, results):
    print(f"{what:5}  median {r['median'] * 1000:7.1f} ms  ({r['median'] / new:.2f}x this tree's)  {name}")
PY
done
# Resident memory of the new binary once it answers.
"$NEW" --root "$ROOT" --state "$WORK/rss.sqlite3" serve --bind "127.0.0.1:$PORT" >/dev/null 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.01; done
echo "RSS after start: $(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status")"
kill "$pid"
wait "$pid" 2>/dev/null || true
