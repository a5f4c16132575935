#!/usr/bin/env bash
# Pages: witaj serve against nginx serving the static export, in one run (issue 8).
#
#   benches/pages.sh            # from the repository root (or anywhere: it finds the root)
#
# What it does:
#   1. installs wrk and nginx from Debian when missing (apt-get; needs root or sudo);
#   2. builds the release binary and exports the bundled site with `witaj build --out`;
#   3. starts `witaj serve` (timing its start-up until /healthz answers, and reading its RSS) and
#      nginx on the export (gzip_static; brotli_static too when the Debian module is installed);
#   4. loads both with the same URL mix: every page of the sitemap that the export wrote (pages
#      that say "open now" are left to witaj, so they are not in the mix), cycled by a wrk Lua
#      script, with `Accept-Encoding: br, gzip`;
#   5. prints req/s, p99 latency and failed requests of each, the ratio witaj/nginx, then the
#      same figures for witaj alone on the search page and a filtered service list.
#
# Settings (environment): WITAJ (a witaj binary to use instead of building the release one),
# DURATION (default 10s), CONNECTIONS (50), THREADS (2), PORT_WITAJ
# (18080), PORT_NGINX (18081). Targets (README): pages >= 0.8x nginx, p99 <= 2x nginx's,
# start-up < 0.5 s, RSS < 100 MB. Run it on a quiet machine: both servers and wrk share the cores.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
PORT_WITAJ=${PORT_WITAJ:-18080}
PORT_NGINX=${PORT_NGINX:-18081}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

install() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
    if [ ${#missing[@]} -gt 0 ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -q
        $sudo apt-get install -y -q "${missing[@]}"
    fi
}
install
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ -z "${WITAJ:-}" ]; then
    cargo build --release --bin witaj -q
    WITAJ="$TARGET/release/witaj"
fi

WORK=$(mktemp -d)
chmod 755 "$WORK"
cleanup() {
    [ -n "${WITAJ_PID:-}" ] && kill "$WITAJ_PID" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

"$WITAJ" --root "$ROOT" build --out "$WORK/public"
chmod -R a+rX "$WORK/public"

# witaj: start-up until it answers, and its memory once it does.
started=$(date +%s.%N)
"$WITAJ" --root "$ROOT" --state "$WORK/state.sqlite3" serve --bind "127.0.0.1:$PORT_WITAJ" \
    >"$WORK/witaj.log" 2>&1 &
WITAJ_PID=$!
until curl -sf "http://127.0.0.1:$PORT_WITAJ/healthz" >/dev/null; do sleep 0.01; done
ready=$(date +%s.%N)
startup=$(echo "$ready - $started" | bc)

# nginx: the export first, as docs/deploy.md configures it (here without the proxy: only
# exported pages are in the mix).
brotli_module=""
for m in /usr/lib/nginx/modules/ngx_http_brotli_static_module.so; do
    [ -f "$m" ] && brotli_module="load_module $m;"
done
cat >"$WORK/nginx.conf" <<EOF
$brotli_module
worker_processes auto;
daemon on;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    charset utf-8;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    gzip_static on;
    gzip_vary on;
    $( [ -n "$brotli_module" ] && echo "brotli_static on;" )
    server {
        listen 127.0.0.1:$PORT_NGINX;
        root $WORK/public;
        location / { try_files \$uri \$uri/index.html =404; }
    }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/nginx-error.log"
until curl -sf "http://127.0.0.1:$PORT_NGINX/robots.txt" >/dev/null; do sleep 0.01; done

# The URL mix: the sitemap's pages that the export wrote.
curl -s "http://127.0.0.1:$PORT_WITAJ/sitemap.xml" |
    grep -o '<loc>[^<]*</loc>' | sed -E 's#<loc>https?://[^/]+##; s#</loc>##' |
    while read -r path; do
        file="$WORK/public${path}"
        [[ "$path" == */ ]] && file="${file}index.html" || file="${file}/index.html"
        if [ -f "$file" ]; then echo "$path"; fi
    done >"$WORK/urls.txt"
pages=$(wc -l <"$WORK/urls.txt")
if [ "$pages" -eq 0 ]; then
    echo "no exported page in the sitemap" >&2
    exit 1
fi

cat >"$WORK/mix.lua" <<'EOF'
local urls = {}
for line in io.lines(os.getenv("URLS")) do urls[#urls + 1] = line end
local i = math.random(#urls)
request = function()
    i = i % #urls + 1
    return wrk.format("GET", urls[i], { ["Accept-Encoding"] = "br, gzip" })
end
EOF

# run NAME URL [LUA]: one wrk run; prints "NAME req/s p99 failed".
run() {
    local name=$1 url=$2 script=${3:-}
    local out
    if [ -n "$script" ]; then
        out=$(URLS="$WORK/urls.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
            -s "$script" "$url")
    else
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
            -H "Accept-Encoding: br, gzip" "$url")
    fi
    local rps p99 non2xx errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    errors=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
    printf "%-26s %12s req/s   p99 %9s   failed %s\n" "$name" "$rps" "$p99" \
        "$(( ${non2xx:-0} + ${errors:-0} ))"
    echo "$rps" >"$WORK/$name.rps"
}

rss=$(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$WITAJ_PID/status")
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "witaj: start-up ${startup} s, RSS after start ${rss}; ${pages} pages in the mix, ${DURATION} per run, ${CONNECTIONS} connections"
# Warm both: witaj renders and compresses each page once per snapshot, on its first request.
while read -r path; do
    curl -s -o /dev/null -H "Accept-Encoding: br, gzip" "http://127.0.0.1:$PORT_WITAJ$path"
done <"$WORK/urls.txt"
URLS="$WORK/urls.txt" wrk -t1 -c4 -d2s -s "$WORK/mix.lua" "http://127.0.0.1:$PORT_NGINX" >/dev/null
run nginx-pages "http://127.0.0.1:$PORT_NGINX" "$WORK/mix.lua"
run witaj-pages "http://127.0.0.1:$PORT_WITAJ" "$WORK/mix.lua"
echo "ratio witaj/nginx on pages: $(echo "scale=2; $(cat "$WORK/witaj-pages.rps") / $(cat "$WORK/nginx-pages.rps")" | bc)"
run witaj-search "http://127.0.0.1:$PORT_WITAJ/pl/search?q=pesel"
run witaj-services-filtered "http://127.0.0.1:$PORT_WITAJ/pl/services?free=1&topic=documents"
rss=$(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$WITAJ_PID/status")
echo "witaj: RSS after the runs ${rss}"
