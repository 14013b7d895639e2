# Sourced (not run) by the Node test suites' run.sh scripts (tests/clients, tests/feed-clients, tests/http-audit): the
# start-up they share. Builds CeGraph.Api unless --no-build, installs the suite's pinned npm packages, starts servers on
# free loopback ports and waits for /healthz, and on exit stops every server it started and removes its work folder.
#
#   source "$root/scripts/test-server.sh"
#   test_server_prepare "$here" <package that marks node_modules as installed> [--ignore-scripts] -- "$@"
#   test_server_start "$(test_server_free_port)" "$TEST_SERVER_WORK/server.log"   # sets TEST_SERVER_BASE
#
# After test_server_prepare: TEST_SERVER_ROOT (the repository), TEST_SERVER_TARGET (the built CeGraph.Api.dll),
# TEST_SERVER_WORK (a fresh /tmp folder, removed on exit). A suite that needs more clean-up defines test_server_on_exit.
# test_server_start takes the connection string and provider as optional third and fourth arguments (default: a SQLite
# file in TEST_SERVER_WORK); the server runs with ASPNETCORE_ENVIRONMENT=Production from the project folder, so that
# wwwroot/ (GraphiQL) is found, and inherits the caller's exported settings.

TEST_SERVER_PIDS=()

test_server_prepare() {
  local here="$1" marker="$2"
  shift 2
  local npm_flags=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do npm_flags+=("$1"); shift; done
  [[ "${1:-}" == "--" ]] && shift

  TEST_SERVER_ROOT="$(cd "$here/../.." && pwd)"
  local project="$TEST_SERVER_ROOT/src/CeGraph.Api/CeGraph.Api.csproj"
  local configuration="${CONFIGURATION:-Debug}"
  if [[ "${1:-}" != "--no-build" ]]; then
    dotnet build "$project" -c "$configuration" --nologo -v:q
  fi
  if [[ ! -d "$here/node_modules/$marker" ]] || [[ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
    (cd "$here" && npm ci "${npm_flags[@]}" --no-audit --no-fund --loglevel=error)
  fi

  TEST_SERVER_TARGET="$(dotnet msbuild "$project" -p:Configuration="$configuration" -getProperty:TargetPath)"
  TEST_SERVER_WORK="$(mktemp -d "/tmp/cegraph-$(basename "$here").XXXXXX")"
  trap test_server_cleanup EXIT
}

test_server_cleanup() {
  local pid
  for pid in "${TEST_SERVER_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$TEST_SERVER_WORK"
  if declare -F test_server_on_exit >/dev/null; then test_server_on_exit; fi
}

test_server_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

# test_server_start PORT LOG [CONNECTION_STRING [PROVIDER]]: returns non-zero (after printing the log) when the server
# exits or is not healthy within 240 s.
test_server_start() {
  local port="$1" log="$2"
  local connection="${3:-Data Source=$TEST_SERVER_WORK/cegraph.db}" provider="${4:-Sqlite}"
  (
    cd "$TEST_SERVER_ROOT/src/CeGraph.Api"
    export ConnectionStrings__CeGraph="$connection" Database__Provider="$provider" ASPNETCORE_ENVIRONMENT=Production
    exec dotnet "$TEST_SERVER_TARGET" --urls "http://127.0.0.1:$port"
  ) >"$log" 2>&1 &
  local pid=$!
  TEST_SERVER_PIDS+=("$pid")
  TEST_SERVER_BASE="http://127.0.0.1:$port"
  local _
  for _ in $(seq 1 480); do
    if curl -fsS "$TEST_SERVER_BASE/healthz" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "CeGraph.Api exited before becoming healthy:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.5 # waiting for a process to come up, not synchronising a test
  done
  echo "CeGraph.Api did not report healthy on $TEST_SERVER_BASE/healthz within 240 s:" >&2
  cat "$log" >&2
  return 1
}

# test_server_check_log LOG WHAT: non-zero (and the entries) when the server logged an error or a critical failure.
test_server_check_log() {
  if grep -q "^fail: \|^crit: " "$1"; then
    echo "The server logged errors during $2:" >&2
    grep -A5 "^fail: \|^crit: " "$1" >&2
    return 1
  fi
}
