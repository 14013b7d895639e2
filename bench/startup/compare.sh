#!/usr/bin/env bash
# Start-up of several builds, alternating: each round starts every build once (each on its own SQLite file), so a
# neighbour's load falls on all of them alike. Prints each build's runs (wall ms / server CPU ms at the first answer, as
# measure.sh) and their medians.
#   bench/startup/compare.sh [--runs N] [--fresh] DLL[:VAR=VALUE,...] ...
# DLL:VAR=VALUE starts that build with those environment variables (e.g. runtime settings: …/CeGraph.Api.dll:DOTNET_TieredPGO=0).
set -euo pipefail
# shellcheck source=first-answer.sh
. "$(dirname "$0")/first-answer.sh"
runs=5
fresh=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    *) break ;;
  esac
done
[[ $# -gt 0 ]] || { echo "usage: $0 [--runs N] [--fresh] DLL[:VAR=VALUE,...] ..." >&2; exit 2; }
specs=("$@")
work="$(mktemp -d /tmp/cegraph-startup-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
query='{"query":"{ discipline(code: \"CT\") { code outlines { version } } }"}'
export ASPNETCORE_ENVIRONMENT=Production

# One start of build $1 on database $2: prints "wall/cpu" in milliseconds.
start_once() {
  local spec=$1 db=$2 begin pid port dll envs=()
  dll=${spec%%:*}
  [[ $spec != *:* ]] || IFS=, read -ra envs <<< "${spec#*:}"
  port=$(free_port)
  begin=$(date +%s%N)
  env "${envs[@]}" ConnectionStrings__CeGraph="Data Source=$db" dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
  pid=$!
  local result
  result=$(await_first_answer "$pid" "$port" "$query" "$work" "$begin") || return 1
  echo "${result/ //}"
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

results=()
for i in "${!specs[@]}"; do
  [[ $fresh == 1 ]] || start_once "${specs[$i]}" "$work/$i.db" >/dev/null
  results[i]=""
done
for _ in $(seq 1 "$runs"); do
  for i in "${!specs[@]}"; do
    [[ $fresh == 0 ]] || rm -f "$work/$i.db" "$work/$i.db-wal" "$work/$i.db-shm"
    results[i]+="$(start_once "${specs[$i]}" "$work/$i.db") "
  done
done
kind=existing
[[ $fresh == 0 ]] || kind=fresh
for i in "${!specs[@]}"; do
  wall=$(echo "${results[$i]}" | tr ' ' '\n' | cut -d/ -f1 | tr '\n' ' ' | median)
  cpu=$(echo "${results[$i]}" | tr ' ' '\n' | cut -d/ -f2 | tr '\n' ' ' | median)
  echo "${specs[$i]}: ${results[$i]}-> median $wall ms wall, $cpu ms server CPU ($kind database)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
