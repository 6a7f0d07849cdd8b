#!/usr/bin/env bash
# `npm run supergraph`: rebuilds, runs the subgraphs on a throw-away Kafka broker and their own
# ports and databases, and rewrites apps/gateway/supergraph.graphql from their SDL. Commit the result.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"
# Overridable so that two checkouts (or two people) can regenerate at the same time.
export KAFKA_PORT="${SUPERGRAPH_KAFKA_PORT:-39192}" KAFKA_CONTROLLER_PORT="${SUPERGRAPH_KAFKA_CONTROLLER_PORT:-39193}"
export KAFKA_STATE_DIR="$ROOT_DIR/.cache/kafka-supergraph-$KAFKA_PORT"
export KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"
trap 'bash infra/kafka/kafka-local.sh stop >/dev/null 2>&1 || true' EXIT
bash scripts/install.sh
bash scripts/build.sh
bash scripts/ensure-postgres.sh
bash infra/kafka/kafka-local.sh reset >/dev/null 2>&1 || true
bash infra/kafka/kafka-local.sh start
node dist/test/tools/regenerate-supergraph.js
