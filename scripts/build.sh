#!/usr/bin/env bash
# Compiles apps/ and libs/ to dist/ with swc (path aliases rewritten to relative requires), and bundles
# the web app (apps/web) with Vite into dist/web, which the gateway serves.
# Type checking is separate (npm run typecheck): swc only strips types, which keeps builds fast.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"
rm -rf dist
swc apps libs test bench -d dist --config-file .swcrc --ignore '**/*.spec.ts' --ignore '**/*.int-spec.ts' --ignore '**/*.e2e-spec.ts' --ignore 'apps/web/**' --quiet
vite build --config apps/web/vite.config.mts --logLevel warn
