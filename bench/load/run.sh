#!/usr/bin/env bash
# Starts CeGraph (Release build) on a loopback port and drives the canonical operations at 16 connections.
#
#   bench/load/run.sh                       # the seeded embedded database (fresh SQLite file)
#   bench/load/run.sh --dataset DIR         # import DIR (dataset-format.md) into a fresh SQLite file first
#   DB_PROVIDER=Postgres DB_CONNECTION='Host=...;Database=...' bench/load/run.sh [--dataset DIR]
#
# Options: --duration SECONDS (default 15), --connections N (default 16), --scenarios a,b,c.
# Prints requests/s, p50, p99 and the server's peak RSS (VmHWM) as a markdown table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dataset="" duration=15 connections=16 scenarios="outline,page50,filtered50,activity,evaluate"
while [ $# -gt 0 ]; do
  case "$1" in
    --dataset) dataset=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /tmp/cegraph-load.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export Database__Provider=${DB_PROVIDER:-Sqlite}
export ConnectionStrings__CeGraph=${DB_CONNECTION:-"Data Source=$work/cegraph.db"}
export CEGRAPH_ADMIN_KEY="load-admin-$(date +%s%N)"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
# The load generator is one client address: the per-address rate limit would measure 429s, not the API.
export RateLimiting__Enabled=false

(cd "$here" && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
dotnet build "$root/src/CeGraph.Api" -c Release -v q -nologo >/dev/null
dll="$root/src/CeGraph.Api/bin/Release/net10.0/CeGraph.Api.dll"

if [ -n "$dataset" ]; then
  export Seed__SampleCatalog=false
  (cd "$work" && /usr/bin/time -f "import: %e s wall, peak RSS %M KiB" dotnet "$dll" import "$dataset" >/dev/null)
fi

(cd "$work" && exec dotnet "$dll" --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/server.log"; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); provider: $Database__Provider; dataset: ${dataset:-seeded sample catalog}"
node "$here/load.mjs" --url "http://127.0.0.1:$port" --duration "$duration" --connections "$connections" \
  --pid "$server" --admin-key "$CEGRAPH_ADMIN_KEY" --scenarios "$scenarios"
