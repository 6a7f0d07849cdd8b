#!/usr/bin/env bash
# `npm test`: the whole suite from a fresh clone. Installs what is missing, runs the static checks,
# builds, starts one Kafka broker for the whole run (its own ports and state, so a running
# `npm start` stack is left alone), runs unit, integration and end-to-end tests, stops the broker.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"

bash scripts/install.sh
echo "== static checks (format, lint, types, boundaries)"
npm run --silent lint
npm run --silent typecheck
npm run --silent boundaries
echo "== build"
bash scripts/build.sh
echo "== generated files are current"
node dist/libs/contracts/src/asyncapi/write-asyncapi.js --check
bash scripts/check-compose.sh

echo "== services"
bash scripts/ensure-postgres.sh
bash scripts/ensure-chromium.sh
export KAFKA_PORT="${TEST_KAFKA_PORT:-29092}" KAFKA_CONTROLLER_PORT="${TEST_KAFKA_CONTROLLER_PORT:-29093}"
export KAFKA_STATE_DIR="$ROOT_DIR/.cache/kafka-test"
export KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"
# A fresh broker each run: topics start empty, so a run never depends on the one before.
bash infra/kafka/kafka-local.sh reset >/dev/null 2>&1 || true
trap 'bash infra/kafka/kafka-local.sh stop >/dev/null 2>&1 || true' EXIT
bash infra/kafka/kafka-local.sh start

echo "== tests"
jest --ci --selectProjects unit integration e2e "$@"
