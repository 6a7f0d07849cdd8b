#!/usr/bin/env bash
# Sourced by every repo script: puts a Node >= 22.12 first on PATH.
# The system Node may be older (20 on the CI machine); in that case the `node` package from the
# npm registry provides the runtime, cached in .cache/node (git-ignored) so later runs need no network.
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_CACHE_DIR="$ROOT_DIR/.cache/node"
REQUIRED_NODE_MAJOR=22
REQUIRED_NODE_MINOR=12

node_is_recent_enough() {
  command -v node >/dev/null 2>&1 || return 1
  local version major minor
  version="$(node -p 'process.versions.node' 2>/dev/null)" || return 1
  major="${version%%.*}"
  minor="$(echo "$version" | cut -d. -f2)"
  [ "$major" -gt "$REQUIRED_NODE_MAJOR" ] || { [ "$major" -eq "$REQUIRED_NODE_MAJOR" ] && [ "$minor" -ge "$REQUIRED_NODE_MINOR" ]; }
}

if [ -x "$NODE_CACHE_DIR/node_modules/node/bin/node" ]; then
  export PATH="$NODE_CACHE_DIR/node_modules/node/bin:$PATH"
fi
if ! node_is_recent_enough; then
  echo "[node-env] system Node is older than $REQUIRED_NODE_MAJOR.$REQUIRED_NODE_MINOR; installing node@$REQUIRED_NODE_MAJOR into $NODE_CACHE_DIR" >&2
  mkdir -p "$NODE_CACHE_DIR"
  [ -f "$NODE_CACHE_DIR/package.json" ] || echo '{"name":"node-runtime-cache","private":true}' > "$NODE_CACHE_DIR/package.json"
  npm install --prefix "$NODE_CACHE_DIR" --no-audit --no-fund --loglevel=error "node@$REQUIRED_NODE_MAJOR" >&2
  export PATH="$NODE_CACHE_DIR/node_modules/node/bin:$PATH"
  node_is_recent_enough || { echo "[node-env] could not provide Node >= $REQUIRED_NODE_MAJOR.$REQUIRED_NODE_MINOR" >&2; exit 1; }
fi
export PATH="$ROOT_DIR/node_modules/.bin:$PATH"
