#!/usr/bin/env bash
# Side by side: CeGraph (A) against the benchmark peer (B) on one generated dataset, in one compare run.
#
#   bench/compare.sh                                   # SQLite; every shared query plus bench/queries/
#   ROUNDS=1 DURATION=5 QUERIES="activities-page title-search" bench/compare.sh     # a short iteration run
#   DB_PROVIDER=Postgres DB_CONNECTION='Host=127.0.0.1;Port=...;Username=cegraph;Database=cegraph' bench/compare.sh
#
# Steps: generate the dataset (../shared/tools/gen-dataset.py, ACTIVITIES=20000, SEED=1), import it into a fresh
# database with CeGraph's `import` (SQLite file, or the PostgreSQL database given, which must be empty or hold the same
# dataset), start CeGraph (Release, rate limiting off, no sample catalog) and the peer (../shared/bench/setup.sh; the
# peer always serves its own SQLite file), run load/compare.sh with CeGraph as A and the peer as B, then the
# CeGraph-only scenarios of bench/queries/cegraph-only (node, nodes, coverage, evaluateRequirement with 20
# completions), and stop both (also on failure or Ctrl-C). On PostgreSQL it also prints the page query's plan.
# ROUNDS, DURATION, CONNECTIONS, WARMUP and QUERIES go to load/compare.sh; ONLY_CEGRAPH=0 skips the CeGraph-only part,
# COMPARE=0 the compare run, SKIP_BUILD=1 uses the Release build as it is
# (CEGRAPH_DLL=path runs another build, e.g. a copy of the one before a change). Everything is on loopback; every run is bounded by DURATION.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${CEGRAPH_SHARED:-$(cd "$root/../shared" 2>/dev/null && pwd || echo /work/shared)}
activities=${ACTIVITIES:-20000}
seed=${SEED:-1}
provider=${DB_PROVIDER:-Sqlite}

work=$(mktemp -d /tmp/cegraph-compare.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port_a=$(free_port)
port_b=$(free_port)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_healthy() { # url log
  for _ in $(seq 1 240); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "not healthy: $1" >&2; tail -n 40 "$2" >&2; return 1
}

echo "generating $activities activities (seed $seed)" >&2
python3 "$shared/tools/gen-dataset.py" --out "$work/ds" --activities "$activities" --seed "$seed" >/dev/null

if [ "${SKIP_BUILD:-0}" = 0 ]; then
  dotnet build "$root/src/CeGraph.Api" -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
dll=${CEGRAPH_DLL:-"$root/src/CeGraph.Api/bin/Release/net10.0/CeGraph.Api.dll"}

export Database__Provider=$provider
if [ "$provider" = Postgres ]; then
  export ConnectionStrings__CeGraph=${DB_CONNECTION:?DB_CONNECTION must name the PostgreSQL database}
else
  export ConnectionStrings__CeGraph="Data Source=$work/cegraph.db"
fi
export CEGRAPH_ADMIN_KEY="compare-admin-$(date +%s%N)"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Seed__SampleCatalog=false
# The load driver is one client address: the per-address rate limit would measure 429s, not the API.
export RateLimiting__Enabled=false

echo "importing into CeGraph ($provider)" >&2
(cd "$work" && /usr/bin/time -f "cegraph import: %e s wall, peak RSS %M KiB" dotnet "$dll" import "$work/ds" >"$work/import.log")

home=$(CEGRAPH_BENCH_HOME=${CEGRAPH_BENCH_HOME:-/tmp/cegraph-bench-home} "$shared/bench/setup.sh")

(cd "$work" && exec dotnet "$dll" --urls "http://127.0.0.1:$port_a") >"$work/cegraph.log" 2>&1 &
pids+=($!)
node "$home/peer/server.js" --data "$work/ds" --port "$port_b" >"$work/peer.log" 2>&1 &
pids+=($!)
wait_healthy "http://127.0.0.1:$port_a/healthz" "$work/cegraph.log"
wait_healthy "http://127.0.0.1:$port_b/healthz" "$work/peer.log"
url_a="http://127.0.0.1:$port_a/graphql"
url_b="http://127.0.0.1:$port_b/graphql"

gql() { # query-json [key] -> response body
  curl -sf "$url_a" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} --data "$1"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); CeGraph on $provider, peer on SQLite; $activities activities" >&2
status=0
if [ "${COMPARE:-1}" != 0 ]; then
  QUERY_DIRS="$shared/bench/load/queries:$here/queries" "$home/load/compare.sh" "$url_a" "$url_b" || status=$?
fi

if [ "${ONLY_CEGRAPH:-1}" != 0 ]; then
  only="$work/only"
  mkdir -p "$only"
  cp "$here"/queries/cegraph-only/*.graphql "$only/"
  ids=$(gql '{"query":"{ activities(first: 20, where: { disciplineCode: { eq: \"CT\" } }) { nodes { id code } } }"}')
  python3 - "$ids" "$only" <<'EOF'
import json, sys
nodes = json.loads(sys.argv[1])["data"]["activities"]["nodes"]
json.dump({"id": nodes[0]["id"]}, open(f"{sys.argv[2]}/node.vars.json", "w"))
json.dump({"ids": [n["id"] for n in nodes]}, open(f"{sys.argv[2]}/nodes.vars.json", "w"))
json.dump([n["code"] for n in nodes], open(f"{sys.argv[2]}/codes.json", "w"))
EOF
  partner=$(gql '{"query":"mutation { createApiKey(input: { name: \"compare\", role: PARTNER }) { secret } }"}' "$CEGRAPH_ADMIN_KEY" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["createApiKey"]["secret"])')
  requirement=$(gql '{"query":"{ discipline(code: \"CT\") { requirements { id kind } } }"}' \
    | python3 -c 'import json,sys; print(next(r["id"] for r in json.load(sys.stdin)["data"]["discipline"]["requirements"] if r["kind"] == "STRUCTURED_EDUCATION"))')
  python3 - "$only" "$requirement" <<'EOF'
import json, sys
codes = json.load(open(f"{sys.argv[1]}/codes.json"))
completions = [{"activityCode": c, "completedOn": "2026-01-15"} for c in codes]
json.dump({"input": {"requirementId": sys.argv[2], "asOf": "2026-06-30", "completions": completions}},
          open(f"{sys.argv[1]}/evaluate.vars.json", "w"))
EOF
  echo "CeGraph only (${DURATION:-10} s each, ${CONNECTIONS:-16} connections):"
  printf '%-12s%10s%8s%8s%8s\n' scenario 'req/s' p50 p99 errors
  for q in node nodes coverage evaluate; do
    vars='{}'
    [ -f "$only/$q.vars.json" ] && vars="$only/$q.vars.json"
    header=()
    [ "$q" = evaluate ] && header=(--header "Authorization: Bearer $partner")
    node "$home/load/run.js" --url "$url_a" --query "$only/$q.graphql" --vars "$vars" "${header[@]}" \
      --connections "${CONNECTIONS:-16}" --duration "${WARMUP:-3}" >/dev/null || true
    line=$(node "$home/load/run.js" --url "$url_a" --query "$only/$q.graphql" --vars "$vars" "${header[@]}" \
      --connections "${CONNECTIONS:-16}" --duration "${DURATION:-10}") || status=1
    echo "$line" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read() or "{}")
print(f"%-12s%10.1f%8s%8s%8s" % (sys.argv[1], r.get("requests_per_sec", 0), r.get("p50_ms"), r.get("p99_ms"), r.get("errors", r.get("error"))))' "$q"
  done
fi

if [ "$provider" = Postgres ] && [ -f "$here/pg-plan.sh" ]; then
  echo "page query plan (PostgreSQL, EXPLAIN ANALYZE of the statements CeGraph logs for activities-page):"
  PLAN=1 bash "$here/pg-plan.sh" "$ConnectionStrings__CeGraph" || true
fi
exit "$status"
