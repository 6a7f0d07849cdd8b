#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser download from outside
# the package registries). Installs the `chromium` package when it is missing; CHROMIUM_PATH points at
# another binary instead.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[chromium] $CHROMIUM_PATH is missing and apt-get is not available: install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "[chromium] $CHROMIUM_PATH is missing; run: sudo apt-get install chromium (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi
echo "[chromium] installing Debian's chromium package for the browser tests" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$CHROMIUM_PATH" --version >&2
