#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server in a temporary folder, for tests, CI and benchmarks.
#
#   scripts/start_postgres.sh start        prints PGURL=postgresql://... and PGDIR=/tmp/rasd-pg.XXXX
#   scripts/start_postgres.sh stop PGDIR   stops that server and deletes its folder
#
# Needs the Debian server packages (apt-get install postgresql). PostgreSQL refuses to run as
# root, so as root the server runs as the 'postgres' OS user (or a 'rasdpg' system user that
# this script creates). It listens on 127.0.0.1 on a free port, trusts local connections and
# has durability switched off (fsync=off) unless RASD_PG_FSYNC=on: it is a scratch server.
# Exit codes: 0 ok, 3 no PostgreSQL server binaries, 1 anything else.
set -euo pipefail

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then echo "$PG_BINDIR"; return; fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"; return
  fi
  return 1
}

as_owner() {  # run a command as the server's OS user
  if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi
}

pick_user() {
  if [ "$(id -u)" != 0 ]; then PGUSER_OS="$(id -un)"; return; fi
  if id postgres >/dev/null 2>&1; then PGUSER_OS=postgres; return; fi
  if ! id rasdpg >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin rasdpg
  fi
  PGUSER_OS=rasdpg
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cmd="${1:-start}"
case "$cmd" in
  start)
    BIN="$(find_bindir)" || { echo "start_postgres.sh: no PostgreSQL server binaries (initdb, pg_ctl); install the Debian package 'postgresql'" >&2; exit 3; }
    pick_user
    DIR="$(mktemp -d /tmp/rasd-pg.XXXXXX)"
    chmod 755 "$DIR"
    [ "$(id -u)" = 0 ] && chown "$PGUSER_OS" "$DIR"
    PORT="$(free_port)"
    FSYNC="${RASD_PG_FSYNC:-off}"
    as_owner "$BIN/initdb" -D "$DIR/data" -U rasd --auth=trust -E UTF8 --no-locale --no-sync >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=$FSYNC -c synchronous_commit=$FSYNC -c full_page_writes=$FSYNC" \
      start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U rasd rasd
    echo "PGURL=postgresql://rasd@127.0.0.1:$PORT/rasd"
    echo "PGDIR=$DIR"
    ;;
  stop)
    DIR="${2:?usage: start_postgres.sh stop PGDIR}"
    case "$DIR" in /tmp/rasd-pg.*) ;; *) echo "start_postgres.sh: refusing to remove $DIR" >&2; exit 1;; esac
    BIN="$(find_bindir)" || exit 3
    pick_user
    if [ -f "$DIR/data/postmaster.pid" ]; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: start_postgres.sh start | stop PGDIR" >&2; exit 1;;
esac
