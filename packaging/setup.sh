#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Permitted and builds it: installs the system packages,
# configures and builds into build/. Safe to run again; the second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
