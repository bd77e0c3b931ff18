#!/usr/bin/env bash
# npm test: type-check, lint, then every unit and integration test with node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  echo "node_modules missing: running npm install" >&2
  npm install --no-audit --no-fund
fi
if [ ! -d ../shared/data ] && [ -z "${FAULTLINE_DATA:-}" ]; then
  echo "the real data is missing: put the shared folder beside the project (../shared/data) or set FAULTLINE_DATA" >&2
  exit 1
fi
npx tsc --noEmit
npx biome check src test bench
# node --test on Node 20 does not expand globs or find .ts files: pass the list.
mapfile -t files < <(find src test -name '*.test.ts' | sort)
node --import tsx --test --test-concurrency=2 "${files[@]}"
