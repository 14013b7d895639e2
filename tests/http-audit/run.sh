#!/usr/bin/env bash
# Builds CeGraph.Api, starts it on a free loopback port with a throw-away SQLite file, waits for /healthz,
# runs the GraphQL-over-HTTP audit (audit.mjs) against /graphql, and stops the server again.
# Exit code: the audit's (non-zero when a MUST audit fails), or non-zero when the server does not come up.
# Usage: tests/http-audit/run.sh [--no-build]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../scripts/test-server.sh"
test_server_prepare "$here" graphql-http --ignore-scripts -- "$@"
log="$TEST_SERVER_WORK/server.log"
test_server_start "$(test_server_free_port)" "$log"

echo "Auditing $TEST_SERVER_BASE/graphql"
status=0
node "$here/audit.mjs" "$TEST_SERVER_BASE/graphql" || status=$?
test_server_check_log "$log" "the audit" || status=1
exit "$status"
