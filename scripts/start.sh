#!/usr/bin/env bash
# `npm start`: from a fresh clone, installs what is missing, builds, starts Kafka, prepares the
# databases and starts the six apps in the background. `npm stop` stops exactly what this started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"
RUN_DIR="$ROOT_DIR/.run"
mkdir -p "$RUN_DIR/pids" "$RUN_DIR/logs"

bash scripts/install.sh
bash scripts/build.sh
bash scripts/ensure-postgres.sh

export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
if ! bash infra/kafka/kafka-local.sh status >/dev/null 2>&1; then
  bash infra/kafka/kafka-local.sh start
  touch "$RUN_DIR/kafka.started-by-npm-start"
fi

eval "$(node dist/libs/auth/src/cli/ensure-dev-keys.js "$ROOT_DIR/.cache/auth" | sed 's/^/export /')"
# The referrals vault's development master key (kept, so cases sealed by one start open in the next).
eval "$(node dist/apps/referrals/src/personal-data/cli/ensure-dev-master-key.js "$ROOT_DIR/.cache/referrals" | sed 's/^/export /')"
bash scripts/prepare-databases.sh
if [ "${DEMO_DATA:-true}" = "true" ]; then
  # A realistic working group (organisations, users, services); loading it again adds nothing.
  node dist/apps/directory/src/demo/load-demo-data.js ||
    echo "[start] the demo data could not be loaded (see above); the platform starts without it" >&2
  node dist/apps/needs/src/demo/load-demo-needs.js ||
    echo "[start] the demo needs figures could not be loaded (see above); the platform starts without them" >&2
fi

declare -A PORTS=([directory]=4001 [activities]=4002 [needs]=4003 [referrals]=4004 [reporting]=4005 [gateway]=4000)
start_app() {
  local app="$1" pid_file="$RUN_DIR/pids/$1.pid"
  if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "[start] $app already running (pid $(cat "$pid_file"))"
    return
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/${PORTS[$app]}") 2>/dev/null; then
    echo "[start] port ${PORTS[$app]} ($app) is taken by another process; stop it first" >&2
    exit 1
  fi
  PORT="${PORTS[$app]}" DEV_TOKEN_ISSUER="${DEV_TOKEN_ISSUER:-true}" \
    nohup node "dist/apps/$app/src/main.js" >>"$RUN_DIR/logs/$app.log" 2>&1 </dev/null &
  echo $! >"$pid_file"
}
for app in directory activities needs referrals reporting gateway; do start_app "$app"; done

wait_ready() {
  local app="$1" url="http://127.0.0.1:${PORTS[$1]}/health/ready"
  for _ in $(seq 1 120); do
    curl -fsS "$url" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$RUN_DIR/pids/$app.pid")" 2>/dev/null || { tail -n 30 "$RUN_DIR/logs/$app.log" >&2; echo "[start] $app exited" >&2; return 1; }
    sleep 1
  done
  tail -n 30 "$RUN_DIR/logs/$app.log" >&2
  echo "[start] $app not ready at $url" >&2
  return 1
}
for app in directory activities needs referrals reporting gateway; do wait_ready "$app"; done

cat <<MSG

The platform is running (logs in .run/logs, stop it with \`npm stop\`):
  GraphQL gateway     http://127.0.0.1:4000/graphql   (WebSocket subscriptions on the same URL)
  Development tokens  POST http://127.0.0.1:4000/auth/dev-token  {"userId":"me","roles":["PLATFORM_ADMIN"]}
  Kafka               $KAFKA_BROKERS
MSG
for app in gateway directory activities needs referrals reporting; do
  printf '  %-18s  http://127.0.0.1:%s/health/ready\n' "$app" "${PORTS[$app]}"
done
