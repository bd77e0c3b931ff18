#!/usr/bin/env bash
# npm run test:unit: the engines and parsers (src/**/*.test.ts) without the store, the CLI or a browser
# (the store's tests and the worker pool's, which runs DuckDB on its threads, run in npm test).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src -name '*.test.ts' -not -path 'src/store/*' -not -path 'src/app/workers/*' | sort)
node --import tsx --test --test-concurrency=2 "${files[@]}"
