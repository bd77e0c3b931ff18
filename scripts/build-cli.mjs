// Builds the CLI as JavaScript (dist/), one module per source file, so a command loads only its own
// modules: every relative import stays external with `.ts` rewritten to `.js`, packages stay external
// but DuckDB's JavaScript API, which is bundled into one file (dist/vendor/): its 180 CommonJS files
// took ~200 ms to load in every command, the bundle ~80 ms.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.startsWith('_test')
        ? [join(dir, e.name)]
        : [],
  );

const started = performance.now();
rmSync(join(root, 'dist'), { recursive: true, force: true });
const entryPoints = files(src);
const DUCKDB = '@duckdb/node-api';
const duckdbBundle = join(root, 'dist/vendor/duckdb-node-api.js');
// The package is CommonJS: its names are listed so the bundle exports each of them statically.
const duckdbNames = Object.keys(await import(DUCKDB)).filter((n) => n !== 'default' && n !== '__esModule');
await build({
  stdin: { contents: `export { ${duckdbNames.join(', ')} } from '${DUCKDB}';`, resolveDir: root },
  outfile: duckdbBundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@duckdb/node-bindings'],
  // The API loads its native binding with require(): give the ES module one.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await build({
  entryPoints,
  outdir: join(root, 'dist'),
  outbase: src,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  plugins: [
    {
      name: 'one-module-per-file',
      setup(b) {
        b.onResolve({ filter: /^@duckdb\/node-api$/ }, (args) => {
          const from = dirname(join(root, 'dist', relative(src, args.importer)));
          return { path: `./${relative(from, duckdbBundle)}`.replace(/^\.\/\.\.\//, '../'), external: true };
        });
        b.onResolve({ filter: /^\.\.?\// }, (args) =>
          args.kind === 'entry-point'
            ? undefined
            : { path: args.path.replace(/\.ts$/, '.js'), external: true },
        );
      },
    },
  ],
});
// The build's id: what answers kept between runs are keyed on (src/app/answerCache.ts), so a new build
// never reads an answer an older one computed.
const id = createHash('sha256');
for (const file of [...entryPoints.sort(), join(root, 'package-lock.json')])
  id.update(`${relative(root, file)}\n`).update(readFileSync(file));
writeFileSync(join(root, 'dist/build.json'), `${JSON.stringify({ id: id.digest('hex') })}\n`);
process.stderr.write(
  `built ${entryPoints.length} modules into ${relative(process.cwd(), join(root, 'dist')) || 'dist'} in ${Math.round(performance.now() - started)} ms\n`,
);
