#!/usr/bin/env bash
# Client contract tests (tests/clients): installs the pinned npm packages (npm ci), builds CeGraph.Api unless --no-build,
# starts it on a free loopback port with a throw-away SQLite file, runs the Node suite (node --test) against it with
# CEGRAPH_URL set, and stops the server. Exit code: the suite's, or non-zero when the server does not come up.
# Usage: tests/clients/run.sh [--no-build]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../scripts/test-server.sh"
test_server_prepare "$here" @apollo/client -- "$@"
log="$TEST_SERVER_WORK/server.log"
test_server_start "$(test_server_free_port)" "$log"

status=0
(cd "$here" && CEGRAPH_URL="$TEST_SERVER_BASE/graphql" node --test --test-concurrency=1 test/*.test.mjs) || status=$?
test_server_check_log "$log" "the client tests" || status=1
exit "$status"
