#!/usr/bin/env bash
# Checks that PostgreSQL answers at DATABASE_HOST:DATABASE_PORT; on a machine where the local
# Debian cluster is merely stopped, starts it. Anything else is reported, not guessed at.
set -euo pipefail
host="${DATABASE_HOST:-127.0.0.1}"
port="${DATABASE_PORT:-5432}"
if pg_isready -q -h "$host" -p "$port" 2>/dev/null; then exit 0; fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  echo "[postgres] not answering on $host:$port; starting local cluster $version/main" >&2
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h "$host" -p "$port" && exit 0; sleep 1; done
fi
echo "[postgres] PostgreSQL is not reachable on $host:$port" >&2
exit 1
