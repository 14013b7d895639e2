#!/usr/bin/env bash
# Builds CeGraph.Api, starts it on a free loopback port with a throw-away SQLite file, waits for /healthz,
# runs the GraphQL-over-HTTP audit (audit.mjs) against /graphql, and stops the server again.
# Exit code: the audit's (non-zero when a MUST audit fails), or non-zero when the server does not come up.
# Usage: tests/http-audit/run.sh [--no-build]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
project="$root/src/CeGraph.Api/CeGraph.Api.csproj"
configuration="${CONFIGURATION:-Debug}"

if [[ "${1:-}" != "--no-build" ]]; then
  dotnet build "$project" -c "$configuration" --nologo -v:q
fi
if [[ ! -d "$here/node_modules/graphql-http" ]] || [[ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

target="$(dotnet msbuild "$project" -p:Configuration="$configuration" -getProperty:TargetPath)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
work="$(mktemp -d /tmp/cegraph-http-audit.XXXXXX)"
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

# The content root must be the project folder so that wwwroot/ (GraphiQL) is found.
(
  cd "$root/src/CeGraph.Api"
  export ConnectionStrings__CeGraph="Data Source=$work/cegraph.db"
  export ASPNETCORE_ENVIRONMENT=Production
  exec dotnet "$target" --urls "http://127.0.0.1:$port"
) >"$log" 2>&1 &
pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
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
  echo "CeGraph.Api did not report healthy on $base/healthz within 60 s:" >&2
  cat "$log" >&2
  exit 1
fi

echo "Auditing $base/graphql"
status=0
node "$here/audit.mjs" "$base/graphql" || status=$?
if grep -q "^fail: \|^crit: " "$log"; then
  echo "The server logged errors during the audit:" >&2
  grep -A5 "^fail: \|^crit: " "$log" >&2
  status=1
fi
exit "$status"
