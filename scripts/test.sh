#!/usr/bin/env bash
# npm test: build, type-check, lint, then every unit and integration test with node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
echo "npm test: build, type-check, lint, then every test file (expect about 7.5 minutes on 2 cores)" >&2
if [ ! -d node_modules ]; then
  echo "node_modules missing: running npm install" >&2
  npm install --no-audit --no-fund
fi
if [ ! -d ../shared/data ] && [ -z "${FAULTLINE_DATA:-}" ]; then
  echo "the real data is missing: put the shared folder beside the project (../shared/data) or set FAULTLINE_DATA" >&2
  exit 1
fi
# The browser tests drive Debian's Chromium (never a downloaded browser): install it when root, else say how.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian chromium for the browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "the browser tests need Chromium: run (as root) apt-get update && apt-get install -y chromium fonts-liberation" >&2
    exit 1
  fi
fi
# The dashboard the server and the browser tests serve: built from the current sources.
npm run -s build  # the CLI (dist/) and the dashboard (web/dist/) the tests run
# The store most test files copy: imported (by the CLI just built) while the sources are checked.
node --import tsx -e "(await import('./test/helpers/importedStore.ts')).cachedStore()" &
warm=$!
trap 'kill $warm 2>/dev/null || true' EXIT
npx tsc --noEmit
npx tsc --noEmit -p web
npx biome check src test bench web/src
wait $warm || { echo "importing the real data for the tests failed (above)" >&2; exit 1; }
# node --test on Node 20 does not expand globs or find .ts files: pass the list. The files that take
# longest start first (measured: 20-110 s each), so the two lanes end together instead of one waiting on a
# long file started last.
slow=(test/contract.test.ts test/ingestReliability.test.ts test/cli.test.ts test/lending.test.ts
  test/api.test.ts test/alerts.test.ts test/restaking.test.ts test/dashboard.test.ts
  src/app/workers/runInWorker.test.ts test/ingestFaults.test.ts test/analyticsCli.test.ts
  test/sustainability.test.ts test/lendingMarket.test.ts test/damagedStore.test.ts test/apiLimits.test.ts)
for f in "${slow[@]}"; do [ -f "$f" ] || { echo "scripts/test.sh names $f, which does not exist" >&2; exit 1; }; done
mapfile -t rest < <(find src test -name '*.test.ts' -not -name 'load.test.ts' | sort | grep -vxF -f <(printf '%s\n' "${slow[@]}"))
files=("${slow[@]}" "${rest[@]}")
node --import tsx --test --test-concurrency=2 "${files[@]}"
# The load test times one client's GETs while another floods the server: it runs alone, on an idle machine.
node --import tsx --test test/load.test.ts
echo "npm test: done in $((SECONDS - started)) s" >&2
