#!/usr/bin/env bash
# Start-up time: from process start to the first answered GraphQL query that reads the database, median of N runs.
#   bench/startup/measure.sh [--runs N] [--fresh] [--dll PATH] [-- extra server arguments]
# --fresh deletes the SQLite file before every run (migrate + seed on each start); otherwise one untimed start creates
# it and every timed run starts on the existing database. Loopback only; each run is bounded (60 s) and the server is
# stopped by its own process id.
set -euo pipefail
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

# One start: prints milliseconds from launch to the first 200 answer carrying data.
start_once() {
  local begin end pid port
  # A port nobody listens on (other servers share this machine).
  while :; do port=$((20000 + RANDOM % 20000)); ss -ltn | grep -q ":$port " || break; done
  begin=$(date +%s%N)
  dotnet "$dll" --urls "http://127.0.0.1:$port" "${extra[@]}" >"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    if curl -s -o "$work/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "$query" \
         "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q '^200$' && grep -q '"data"' "$work/answer.json"; then
      end=$(date +%s%N)
      kill "$pid"; wait "$pid" 2>/dev/null || true
      echo $(((end - begin) / 1000000))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; return 1; }
    sleep 0.01
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "no answer within 60 s" >&2
  return 1
}

[[ $fresh == 1 ]] || start_once >/dev/null
times=()
for _ in $(seq 1 "$runs"); do
  [[ $fresh == 0 ]] || rm -f "$db" "$db-wal" "$db-shm"
  times+=("$(start_once)")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs (ms): ${times[*]}"
echo "median: ${sorted[$((runs / 2))]} ms  ($([[ $fresh == 1 ]] && echo fresh || echo existing) database, load $(cut -d' ' -f1 /proc/loadavg))"
rm -rf "$work"
