#!/usr/bin/env bash
# Throughput in the first seconds: starts the Release server on an existing database (one untimed start creates it first),
# waits for the first answered query, then runs first-seconds.mjs for SECONDS (default 6) and stops the server by its id.
# Rate limiting is off for the run (one address sends every request).
#   bench/startup/first-seconds.sh [--dll PATH] [--seconds N] [-- extra server arguments]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dll="$root/src/CeGraph.Api/bin/Release/net10.0/CeGraph.Api.dll"
seconds=6
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dll) dll="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d /tmp/cegraph-first-seconds.XXXXXX)"
pid=
trap '[[ -z $pid ]] || kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CeGraph="Data Source=$work/first.db"
query='{"query":"{ discipline(code: \"CT\") { code } }"}'
start() {
  while :; do port=$((20000 + RANDOM % 20000)); ss -ltn | grep -q ":$port " || break; done
  dotnet "$dll" --urls "http://127.0.0.1:$port" --RateLimiting:Enabled=false "$@" >"$work/server.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q '^200$'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.01
  done
}
start "$@"; kill "$pid"; wait "$pid" 2>/dev/null || true
start "$@"
node "$root/bench/startup/first-seconds.mjs" "http://127.0.0.1:$port/graphql" "$seconds"
echo "server CPU: $(($(awk '{print $14 + $15}' "/proc/$pid/stat") * 1000 / $(getconf CLK_TCK))) ms (load $(cut -d' ' -f1 /proc/loadavg))"
