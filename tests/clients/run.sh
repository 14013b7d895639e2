#!/usr/bin/env bash
# Client contract tests (tests/clients): installs the pinned npm packages (npm ci), builds CeGraph.Api unless --no-build,
# starts it on a free loopback port with a throw-away SQLite file, runs the Node suite (node --test) against it with
# CEGRAPH_URL set, and stops the server. Exit code: the suite's, or non-zero when the server does not come up.
# Usage: tests/clients/run.sh [--no-build]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
project="$root/src/CeGraph.Api/CeGraph.Api.csproj"
configuration="${CONFIGURATION:-Debug}"

if [[ "${1:-}" != "--no-build" ]]; then
  dotnet build "$project" -c "$configuration" --nologo -v:q
fi
if [[ ! -d "$here/node_modules/@apollo/client" ]] || [[ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

target="$(dotnet msbuild "$project" -p:Configuration="$configuration" -getProperty:TargetPath)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
work="$(mktemp -d /tmp/cegraph-clients.XXXXXX)"
log="$work/server.log"
pid=""

cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

(
  cd "$root/src/CeGraph.Api"
  export ConnectionStrings__CeGraph="Data Source=$work/cegraph.db"
  export ASPNETCORE_ENVIRONMENT=Production
  exec dotnet "$target" --urls "http://127.0.0.1:$port"
) >"$log" 2>&1 &
pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 480); do
  if curl -fsS "$base/healthz" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "CeGraph.Api exited before becoming healthy:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if ! curl -fsS "$base/healthz" >/dev/null 2>&1; then
  echo "CeGraph.Api did not report healthy on $base/healthz within 240 s:" >&2
  cat "$log" >&2
  exit 1
fi

status=0
(cd "$here" && CEGRAPH_URL="$base/graphql" node --test --test-concurrency=1 test/*.test.mjs) || status=$?
if grep -q "^fail: \|^crit: " "$log"; then
  echo "The server logged errors during the client tests:" >&2
  grep -A5 "^fail: \|^crit: " "$log" >&2
  status=1
fi
exit "$status"
