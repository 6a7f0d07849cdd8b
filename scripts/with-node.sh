#!/usr/bin/env bash
# Runs a command with the project's Node (>= 22.12) first on PATH.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"
exec "$@"
