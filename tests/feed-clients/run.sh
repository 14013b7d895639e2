#!/usr/bin/env bash
# Builds CeGraph.Api, starts it on a free loopback port (SQLite; or, when CEGRAPH_TEST_POSTGRES points at a server, two
# nodes on one fresh PostgreSQL database), waits for /healthz, runs the graphql-ws / graphql-sse client tests
# (node --test), and stops the servers. Exit code: the tests'.
# Usage: tests/feed-clients/run.sh [--no-build]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../scripts/test-server.sh"
test_server_prepare "$here" graphql-ws --ignore-scripts -- "$@"
work="$TEST_SERVER_WORK"
test_server_on_exit() { if declare -F drop_database >/dev/null; then drop_database; fi; }

export CEGRAPH_ADMIN_KEY="cgk_feed-clients-admin-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export Subscriptions__ConnectionInitTimeoutSeconds=2
export Subscriptions__MaxSubscriptionsPerKey=5
export RateLimiting__Enabled=false
if [[ -n "${CEGRAPH_TEST_POSTGRES:-}" ]]; then
  provider=Postgres
  connection="${CEGRAPH_TEST_POSTGRES%;};Database=cegraph_feed_clients_$$"
  connection="$(printf '%s' "$connection" | sed -E 's/;Database=[^;]*(;Database=)/\1/')"
  database="cegraph_feed_clients_$$"
  pg_host="$(printf '%s' "$CEGRAPH_TEST_POSTGRES" | sed -nE 's/.*Host=([^;]*).*/\1/p')"
  pg_port="$(printf '%s' "$CEGRAPH_TEST_POSTGRES" | sed -nE 's/.*Port=([^;]*).*/\1/p')"
  pg_user="$(printf '%s' "$CEGRAPH_TEST_POSTGRES" | sed -nE 's/.*Username=([^;]*).*/\1/p')"
  createdb -h "$pg_host" -p "${pg_port:-5432}" -U "$pg_user" "$database"
  drop_database() { dropdb -h "$pg_host" -p "${pg_port:-5432}" -U "$pg_user" --if-exists --force "$database" || true; }
  nodes=2
else
  provider=Sqlite
  connection="Data Source=$work/cegraph.db"
  nodes=1
fi

start_node() { test_server_start "$1" "$2" "$connection" "$provider"; }

port_a="$(test_server_free_port)"
start_node "$port_a" "$work/node-a.log"
export CEGRAPH_URL="http://127.0.0.1:$port_a"
if [[ "$nodes" == 2 ]]; then
  port_b="$(test_server_free_port)"
  start_node "$port_b" "$work/node-b.log"
  export CEGRAPH_URL_B="http://127.0.0.1:$port_b"
else
  unset CEGRAPH_URL_B
  echo "feed-clients: CEGRAPH_TEST_POSTGRES is not set: the two-node test is skipped (SQLite, one node)."
fi

cd "$here"
status=0
timeout 600 node --test --test-timeout=60000 ./*.test.mjs || status=$?
if [[ "$status" != 0 ]]; then
  tail -n 50 "$work"/node-*.log >&2 || true
fi
exit "$status"
