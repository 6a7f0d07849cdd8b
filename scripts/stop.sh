#!/usr/bin/env bash
# `npm stop`: stops the apps and the Kafka broker that `npm start` started, and nothing else.
set -euo pipefail
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$ROOT_DIR/.run"
for pid_file in "$RUN_DIR"/pids/*.pid; do
  [ -e "$pid_file" ] || continue
  app="$(basename "$pid_file" .pid)"
  pid="$(cat "$pid_file")"
  # Only a process that is still this app: a recycled pid belongs to someone else.
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "dist/apps/$app/src/main.js"; then
    kill -TERM "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "[stop] $app stopped"
  fi
  rm -f "$pid_file"
done
if [ -f "$RUN_DIR/kafka.started-by-npm-start" ]; then
  bash "$ROOT_DIR/infra/kafka/kafka-local.sh" stop
  rm -f "$RUN_DIR/kafka.started-by-npm-start"
fi
