/**
 * `npm run bench [-- name ...]`: runs the benchmarks (all, or those named) one after another, each in
 * its own process, prints their output as it comes, and writes bench/RESULTS.md: the figures of this
 * run with the day, the machine and the command that printed them. Nothing there is edited by hand.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

const BENCHES: readonly { name: string; what: string }[] = [
  {
    name: 'startup',
    what: 'CLI start-up: `--help`, `da eigenda --json` and a warm `report`, against `node -e 0`',
  },
  { name: 'import', what: 'the full import of the real data into an empty store (time, peak memory)' },
  { name: 'reimport', what: "the store's size and time over repeated imports of the real data" },
  { name: 'storeOpen', what: 'opening a store that was closed cleanly vs one that needs the integrity read' },
  { name: 'report', what: '`faultline report` on a warm store, whole process and in process' },
  { name: 'tvl', what: 'the TVL engine at DefiLlama scale (5,000 protocols × 100 chains)' },
  { name: 'ingest', what: 'live ingestion of 250 and 1,000 protocols from the replay server' },
  { name: 'restaking', what: 'the restaking engine at EigenLayer scale, secure and insecure networks' },
  { name: 'lending', what: 'lending stress and VaR on a large book, by thread count' },
  { name: 'market', what: 'reading a 10,000-account Aave v3 market from anvil, and an incremental re-read' },
  { name: 'api', what: 'HTTP API throughput and latency on 127.0.0.1' },
  { name: 'yield', what: 'yield questions on 15,000 pools × 900 days' },
];

const wanted = process.argv.slice(2);
const chosen = BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name));
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark(s): ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})`,
  );
  process.exit(2);
}

function run(name: string): Promise<{ output: string; code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `bench/${name}.bench.ts`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) =>
      resolve({ output, code: code ?? 1, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const day = new Date().toISOString().slice(0, 10);
const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
const sections: string[] = [];
let failed = 0;
for (const b of chosen) {
  console.log(`\n== ${b.name}: ${b.what}`);
  const load = loadavg()[0]?.toFixed(2) ?? '?';
  const r = await run(b.name);
  if (r.code !== 0) failed += 1;
  sections.push(
    `## ${b.name}\n\n${b.what}. \`node --import tsx bench/${b.name}.bench.ts\`, ${day} UTC, load ${load} at start, ` +
      `${r.seconds.toFixed(0)} s${r.code === 0 ? '' : `, **exited ${r.code}**`}.\n\n\`\`\`\n${r.output.trimEnd()}\n\`\`\`\n`,
  );
}
const previous = (() => {
  try {
    return readFileSync('bench/RESULTS.md', 'utf8');
  } catch {
    return '';
  }
})();
const kept = previous
  .split(/^(?=## )/m)
  .filter((s) => s.startsWith('## ') && !chosen.some((b) => s.startsWith(`## ${b.name}\n`)));
const order = (s: string) => BENCHES.findIndex((b) => s.startsWith(`## ${b.name}\n`));
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nWritten by \`npm run bench\` (never by hand). Machine: ${machine}. Each section says when it ran.\n\n${[
    ...kept,
    ...sections,
  ]
    .sort((a, b) => order(a) - order(b))
    .map((section) => `${section.trimEnd()}\n`)
    .join('\n')}`,
);
console.log(
  `\nbench/RESULTS.md written (${sections.length} benchmark(s) run${failed ? `, ${failed} failed` : ''})`,
);
process.exitCode = failed > 0 ? 1 : 0;
