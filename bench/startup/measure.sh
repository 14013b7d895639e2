#!/usr/bin/env bash
# Start-up time: from process start to the first answered GraphQL query that reads the database, median of N runs.
#   bench/startup/measure.sh [--runs N] [--fresh] [--dll PATH] [-- extra server arguments]
# --fresh deletes the SQLite file before every run (migrate + seed on each start); otherwise one untimed start creates
# it and every timed run starts on the existing database. Loopback only; each run is bounded (about 5 minutes) and the server is
# stopped by its own process id.
set -euo pipefail
# shellcheck source=first-answer.sh
. "$(dirname "$0")/first-answer.sh"
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs=7
fresh=0
dll="$root/src/CeGraph.Api/bin/Release/net10.0/CeGraph.Api.dll"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --dll) dll="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d /tmp/cegraph-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT
db="$work/startup.db"
query='{"query":"{ discipline(code: \"CT\") { code outlines { version } } }"}'
extra=("$@")
export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CeGraph="Data Source=$db"

# One start: prints "wall_ms cpu_ms" from launch to the first 200 answer carrying data.
start_once() {
  local begin pid port
  port=$(free_port)
  begin=$(date +%s%N)
  dotnet "$dll" --urls "http://127.0.0.1:$port" "${extra[@]}" >"$work/server.log" 2>&1 &
  pid=$!
  await_first_answer "$pid" "$port" "$query" "$work" "$begin"
}

[[ $fresh == 1 ]] || start_once >/dev/null
times=()
for _ in $(seq 1 "$runs"); do
  [[ $fresh == 0 ]] || rm -f "$db" "$db-wal" "$db-shm"
  times+=("$(start_once)")
done
kind=existing
[[ $fresh == 0 ]] || kind=fresh
wall=($(printf '%s\n' "${times[@]}" | cut -d' ' -f1 | sort -n))
cpu=($(printf '%s\n' "${times[@]}" | cut -d' ' -f2 | sort -n))
echo "runs (wall ms / server CPU ms): ${times[*]/ //}"
echo "median: ${wall[$((runs / 2))]} ms wall, ${cpu[$((runs / 2))]} ms server CPU ($kind database, load $(cut -d' ' -f1 /proc/loadavg))"
rm -rf "$work"
