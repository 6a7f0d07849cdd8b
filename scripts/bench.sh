#!/usr/bin/env bash
# npm run bench [-- name ... --events=N --no-write --list]: builds, starts a throw-away Kafka broker
# of its own (own ports and state, wiped each run, so benchmark events never land on the topics of
# a running `npm start` stack), runs bench/run-benchmarks.ts, appends results to docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"

export KAFKA_PORT="${BENCH_KAFKA_PORT:-39092}" KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-39093}"
export KAFKA_STATE_DIR="$ROOT_DIR/.cache/kafka-bench-$KAFKA_PORT"
export KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"

log() { printf '[bench] %s\n' "$*" >&2; }
trap 'bash infra/kafka/kafka-local.sh stop >/dev/null 2>&1 || log "WARNING: could not stop the benchmark broker"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bash scripts/install.sh
bash scripts/build.sh
bash scripts/ensure-postgres.sh
bash infra/kafka/kafka-local.sh reset >/dev/null 2>&1 || true
bash infra/kafka/kafka-local.sh start

# The Kafka protocol does not tell a broker's release; the local broker script knows its jars.
KAFKA_BROKER_VERSION="$(bash infra/kafka/kafka-local.sh status 2>/dev/null | sed -n 's/.* kafka=\([^ ]*\).*/\1/p' || true)"
export KAFKA_BROKER_VERSION

node dist/bench/run-benchmarks.js "$@"
