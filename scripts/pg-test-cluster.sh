#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and developers: initdb into a temp folder, listen on a free
# loopback port (unix socket in the same folder), trust authentication, one database.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # start, and export CEGRAPH_TEST_POSTGRES in this shell
#   scripts/pg-test-cluster.sh env               # print the export line again (for another shell)
#   scripts/pg-test-cluster.sh status            # exit 0 when the cluster answers
#   scripts/pg-test-cluster.sh stop              # stop it and delete its folder
#
# start prints one line on stdout, everything else goes to stderr:
#   export CEGRAPH_TEST_POSTGRES='Host=127.0.0.1;Port=54321;Username=cegraph;Database=cegraph'
# Then, e.g.:
#   CEGRAPH_REQUIRE_POSTGRES=1 dotnet test tests/CeGraph.Api.Tests --filter FullyQualifiedName~Postgres
#   Database__Provider=Postgres ConnectionStrings__CeGraph="$CEGRAPH_TEST_POSTGRES" dotnet run --project src/CeGraph.Api
#
# Settings (environment): CEGRAPH_PG_STATE (state file; default /tmp/cegraph-pg-test-cluster.env, so one
# cluster per machine and state file), CEGRAPH_PG_PORT (port to try first; default a random one in 20000-29999).
# Runs as root too: initdb refuses root, so the cluster then belongs to the user 'postgres' (created if missing).
# Needs initdb/pg_ctl/postgres on PATH or in /usr/lib/postgresql/*/bin; installs Debian's postgresql if neither
# has them and we are root.
set -euo pipefail

STATE_FILE="${CEGRAPH_PG_STATE:-/tmp/cegraph-pg-test-cluster.env}"
DB_USER=cegraph
DB_NAME=cegraph

log() { echo "pg-test-cluster: $*" >&2; }
die() { log "$*"; exit 1; }

find_bin_dir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  return 1
}

ensure_binaries() {
  if BIN_DIR=$(find_bin_dir); then return 0; fi
  [[ $(id -u) -eq 0 ]] || die "PostgreSQL server binaries not found; install them (Debian: apt-get install postgresql)."
  log "installing PostgreSQL server binaries (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN_DIR=$(find_bin_dir) || die "postgresql installed, but initdb was not found"
}

# Runs a command as the cluster's owner: ourselves, or 'postgres' when we are root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi
}

choose_owner() {
  OWNER=$(id -un)
  if [[ $(id -u) -eq 0 ]]; then
    OWNER=postgres
    if ! id "$OWNER" >/dev/null 2>&1; then
      log "creating system user $OWNER"
      useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$OWNER"
    fi
  fi
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_state() {
  cat >"$STATE_FILE" <<EOF
PGDIR='$PGDIR'
PGPORT='$PGPORT'
BIN_DIR='$BIN_DIR'
OWNER='$OWNER'
EOF
}

connection_string() { echo "Host=127.0.0.1;Port=$PGPORT;Username=$DB_USER;Database=$DB_NAME"; }

cmd_start() {
  if [[ -f "$STATE_FILE" ]]; then
    # shellcheck disable=SC1090
    source "$STATE_FILE"
    if as_owner_state "$BIN_DIR/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
      log "already running on port $PGPORT ($PGDIR)"
      echo "export CEGRAPH_TEST_POSTGRES='$(connection_string)'"
      return 0
    fi
    log "stale state file $STATE_FILE; starting a new cluster"
    rm -f "$STATE_FILE"
  fi
  ensure_binaries
  choose_owner
  PGDIR=$(mktemp -d /tmp/cegraph-pg.XXXXXX)
  chmod 755 "$PGDIR"
  [[ $(id -u) -eq 0 ]] && chown "$OWNER" "$PGDIR"
  log "initdb in $PGDIR/data (owner $OWNER, $("$BIN_DIR/postgres" --version))"
  as_owner "$BIN_DIR/initdb" -D "$PGDIR/data" -U "$DB_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 \
    || { cat "$PGDIR/initdb.log" >&2; die "initdb failed"; }

  local port=${CEGRAPH_PG_PORT:-$((20000 + RANDOM % 10000))} tries=0
  while true; do
    tries=$((tries + 1)); [[ $tries -le 20 ]] || die "no free port found"
    if port_is_free "$port" && as_owner "$BIN_DIR/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2; then
      break
    fi
    log "port $port unavailable; trying another"
    port=$((port + 1))
  done
  PGPORT=$port
  write_state
  as_owner psql -h 127.0.0.1 -p "$PGPORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB_NAME" >&2
  log "running on 127.0.0.1:$PGPORT (socket in $PGDIR); stop with: $0 stop"
  echo "export CEGRAPH_TEST_POSTGRES='$(connection_string)'"
}

# pg_ctl status/stop as the owner recorded in the state file.
as_owner_state() {
  if [[ $(id -u) -eq 0 && "${OWNER:-root}" != root ]]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi
}

load_state() {
  [[ -f "$STATE_FILE" ]] || die "no cluster recorded in $STATE_FILE; run: $0 start"
  # shellcheck disable=SC1090
  source "$STATE_FILE"
}

cmd_stop() {
  if [[ ! -f "$STATE_FILE" ]]; then log "no cluster recorded in $STATE_FILE"; return 0; fi
  load_state
  as_owner_state "$BIN_DIR/pg_ctl" -D "$PGDIR/data" -m fast -w stop >&2 || log "pg_ctl stop failed (already stopped?)"
  rm -rf "$PGDIR" "$STATE_FILE"
  log "stopped and removed $PGDIR"
}

cmd_env() { load_state; echo "export CEGRAPH_TEST_POSTGRES='$(connection_string)'"; }

cmd_status() { load_state; as_owner_state "$BIN_DIR/pg_ctl" -D "$PGDIR/data" status >&2; }

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  status) cmd_status ;;
  *) sed -n '2,22p' "$0" >&2; exit 2 ;;
esac
