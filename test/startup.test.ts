import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './helpers/runCli.ts';

const DIST = join(import.meta.dirname, '../dist');

/**
 * What loading a compiled module loads before any action runs: every module reached through static
 * `import`/`export ... from` (never `import()`), and the packages among them.
 */
function staticGraph(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const stack = [resolve(DIST, entry)];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (modules.has(file)) continue;
    modules.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, from, bare] of text.matchAll(
      /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gms,
    )) {
      const specifier = from ?? bare ?? '';
      if (specifier.startsWith('.')) stack.push(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  }
  return { modules: [...modules].map((m) => relative(DIST, m)).sort(), packages: [...packages].sort() };
}

describe('the CLI loads a command’s modules only when it runs', () => {
  // The commands that change the store: their registration must not load the store, the app, alerts
  // or ingest (DuckDB, zod, yaml, cli-progress), or every `faultline --help` pays for them.
  for (const command of ['importCommand', 'ingestCommand', 'queryCommand', 'watchCommand']) {
    it(`${command} registers its options with commander and light helpers only`, () => {
      assert.equal(runCli(['--help']).code, 0, 'the CLI is built and answers --help');
      const { modules, packages } = staticGraph(`cli/${command}.js`);
      assert.deepEqual(
        packages.filter((p) => p !== 'commander'),
        [],
      );
      const heavy = modules.filter(
        (m) => /^(app|store|ingest|alerts|analytics|report)\//.test(m) || m === 'cli/withApp.js',
      );
      assert.deepEqual(heavy, [], `${command} loads at registration: ${modules.join(', ')}`);
    });
  }

  it('import --rebuild and watch --once say what they do in their help', () => {
    const help = runCli(['import', '--help']);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /--rebuild +move the store file aside/);
    assert.match(runCli(['watch', '--help']).stdout, /--once .*exit 1 if one failed/s);
  });
});
