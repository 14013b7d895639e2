#!/usr/bin/env bash
# Two CeGraph API nodes on one PostgreSQL database: a change written through one is read through the other at once.
#
#   scripts/two-nodes.sh            # exit 0 when every check passes, non-zero on the first mismatch
#
# What it does:
#   1. uses the throw-away cluster of scripts/pg-test-cluster.sh (starts one, and stops it at the end, if none runs),
#      and creates a fresh database for this run;
#   2. builds the API (Release) and starts two nodes at the same moment on two free loopback ports (never 5080):
#      both migrate and seed the same empty database, which the start-up advisory lock must serialise;
#   3. writes an activity through node A's side (see write_change) and reads it back through node B, then changes it
#      and reads again, through both nodes;
#   4. drops the database under the running nodes and checks that both /healthz turn unhealthy (503).
# Node logs are kept in the run folder printed at the start when a check fails.
#
# Settings: CEGRAPH_TWO_NODES_NO_BUILD=1 skips the build (uses the existing Release output).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_DIR=$(mktemp -d /tmp/cegraph-two-nodes.XXXXXX)
DLL="$ROOT/src/CeGraph.Api/bin/Release/net10.0/CeGraph.Api.dll"
CODE="TWO-NODES-0001"
STARTED_CLUSTER=0
NODE_PIDS=()
KEEP_LOGS=1

log() { echo "two-nodes: $*" >&2; }
fail() {
  log "FAILED: $*"
  for f in "$RUN_DIR"/node-*.log; do [[ -f "$f" ]] && { echo "--- $f (last 20 lines)" >&2; tail -n 20 "$f" >&2; }; done
  exit 1
}

cleanup() {
  local pid
  for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "${ADMIN_URL:-}" && -n "${DB_NAME:-}" ]]; then
    psql "$ADMIN_URL" -qc "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [[ $STARTED_CLUSTER -eq 1 ]]; then "$ROOT/scripts/pg-test-cluster.sh" stop || true; fi
  if [[ $KEEP_LOGS -eq 0 ]]; then rm -rf "$RUN_DIR"; fi
}
trap cleanup EXIT

# Reads KEY from an Npgsql connection string ("Host=...;Port=...").
conn_value() { tr ';' '\n' <<<"$1" | sed -n "s/^$2=//Ip" | head -n 1; }

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || [[ $port -eq 5080 ]]; do port=$((port + 1)); done
  echo "$port"
}

start_cluster_and_database() {
  if ! "$ROOT/scripts/pg-test-cluster.sh" status >/dev/null 2>&1; then
    "$ROOT/scripts/pg-test-cluster.sh" start >/dev/null
    STARTED_CLUSTER=1
  fi
  eval "$("$ROOT/scripts/pg-test-cluster.sh" env)"
  local host port user
  host=$(conn_value "$CEGRAPH_TEST_POSTGRES" Host)
  port=$(conn_value "$CEGRAPH_TEST_POSTGRES" Port)
  user=$(conn_value "$CEGRAPH_TEST_POSTGRES" Username)
  ADMIN_URL="host=$host port=$port user=$user dbname=postgres"
  DB_NAME="cegraph_two_nodes_$$"
  psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$DB_NAME\"" >/dev/null
  export Database__Provider=Postgres
  export ConnectionStrings__CeGraph="Host=$host;Port=$port;Username=$user;Database=$DB_NAME"
  log "database $DB_NAME on $host:$port"
}

start_node() { # NAME PORT
  dotnet "$DLL" --urls "http://127.0.0.1:$2" >"$RUN_DIR/node-$1.log" 2>&1 &
  NODE_PIDS+=("$!")
  log "node $1: pid $! on 127.0.0.1:$2"
}

wait_healthy() { # PORT
  local i
  for i in $(seq 1 120); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/healthz")" == 200 ]] && return 0
    sleep 0.5
  done
  fail "node on port $1 did not become healthy"
}

# ---------------------------------------------------------------------------------------------------------------
# THE WRITE STEP. Until mutations exist it writes through the import CLI (same configuration, same database); swap
# the body for a `submitActivity` / `assignCreditDistribution` call to NODE_A_PORT once they do.
write_change() { # CODE TITLE
  local dataset="$RUN_DIR/dataset"
  mkdir -p "$dataset"
  cat >"$dataset/outlines.json" <<'EOF'
{ "disciplines": [], "sponsors": [ { "code": "TWO-NODES", "name": "Two-node check sponsor" } ], "outlines": [] }
EOF
  printf '{"code":"%s","title":"%s","sponsor":"TWO-NODES","credits":"1.50","ceCategory":"A","status":"SUBMITTED","approvedOn":"2026-01-01","expiresOn":null,"distributions":[]}\n' \
    "$1" "$2" >"$dataset/activities.jsonl"
  dotnet "$DLL" import "$dataset" >"$RUN_DIR/import.log" 2>&1 || { cat "$RUN_DIR/import.log" >&2; fail "the write (import) failed"; }
}
# ---------------------------------------------------------------------------------------------------------------

read_title() { # PORT CODE -> prints the title, or nothing when the activity is not found
  curl -s -X POST "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' \
    -d "{\"query\":\"{ activity(code: \\\"$2\\\") { title } }\"}" | jq -r '.data.activity.title // empty'
}

expect_title() { # NODE PORT EXPECTED
  local got
  got=$(read_title "$2" "$CODE")
  [[ "$got" == "$3" ]] || fail "node $1 read title '$got', expected '$3'"
  log "node $1 reads '$got' right after the write: ok"
}

health_code() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/healthz"; }

main() {
  log "run folder $RUN_DIR"
  command -v jq >/dev/null || fail "jq is needed (apt-get install jq)"
  if [[ "${CEGRAPH_TWO_NODES_NO_BUILD:-0}" != 1 ]]; then
    dotnet build "$ROOT/src/CeGraph.Api" -c Release -v quiet -nologo >"$RUN_DIR/build.log" 2>&1 || { tail -n 30 "$RUN_DIR/build.log" >&2; fail "build failed"; }
  fi
  start_cluster_and_database
  NODE_A_PORT=$(free_port 5181)
  NODE_B_PORT=$(free_port $((NODE_A_PORT + 1)))
  start_node A "$NODE_A_PORT"
  start_node B "$NODE_B_PORT" # at the same moment: both migrate and seed one empty database
  wait_healthy "$NODE_A_PORT"
  wait_healthy "$NODE_B_PORT"
  log "both nodes healthy"

  [[ -z "$(read_title "$NODE_B_PORT" "$CODE")" ]] || fail "$CODE exists before the write"
  write_change "$CODE" "First title $$"
  expect_title B "$NODE_B_PORT" "First title $$"
  expect_title A "$NODE_A_PORT" "First title $$"
  write_change "$CODE" "Second title $$"
  expect_title B "$NODE_B_PORT" "Second title $$"
  expect_title A "$NODE_A_PORT" "Second title $$"

  local seeded
  seeded=$(psql "${ADMIN_URL/dbname=postgres/dbname=$DB_NAME}" -Atc 'SELECT count(*) FROM "Disciplines" GROUP BY "Code" HAVING count(*) > 1' | wc -l)
  [[ "$seeded" -eq 0 ]] || fail "concurrent start-up seeded some disciplines twice"
  log "concurrent start-up seeded each discipline once: ok"

  psql "$ADMIN_URL" -qc "DROP DATABASE \"$DB_NAME\" WITH (FORCE)" >/dev/null
  local a b
  a=$(health_code "$NODE_A_PORT")
  b=$(health_code "$NODE_B_PORT")
  [[ "$a" == 503 && "$b" == 503 ]] || fail "after the database went away /healthz answered $a and $b, expected 503"
  log "database dropped: both /healthz answer 503: ok"
  KEEP_LOGS=0
  log "PASSED"
}

main "$@"
