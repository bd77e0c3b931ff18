import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../../core/errors.ts';
import { runInWorker, workerModule } from './runInWorker.ts';

/** A folder laid out as the shipped package is: ES modules (`"type": "module"`), the caller beside its worker. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-worker-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const callerIn = (dir: string, file: string) => pathToFileURL(join(dir, file)).href;

test('runs a TypeScript worker module from sources, in another thread, and returns its answer', async () => {
  const dir = folder({
    'square.ts': `import { isMainThread } from 'node:worker_threads';
export default async (input: { values: Float64Array }): Promise<{ squares: number[]; main: boolean }> =>
  ({ squares: Array.from(input.values, (v: number) => v * v), main: isMainThread });`,
  });
  const run = runInWorker<{ values: Float64Array }, { squares: number[]; main: boolean }>(
    callerIn(dir, 'caller.ts'),
    './square',
    { values: Float64Array.from([1.5, 3]) },
  );
  assert.deepEqual(await run.result, { squares: [2.25, 9], main: false });
});

test('runs compiled JavaScript when the caller is compiled, and prefers the extension the caller runs as', async () => {
  const dir = folder({
    'twice.js': 'export default (n) => ({ twice: n * 2, as: "js" });',
    'twice.ts': 'export default (n: number) => ({ twice: n * 2, as: "ts" });',
  });
  assert.deepEqual(await runInWorker(callerIn(dir, 'caller.js'), './twice', 21).result, {
    twice: 42,
    as: 'js',
  });
  assert.deepEqual(await runInWorker(callerIn(dir, 'caller.ts'), './twice', 21).result, {
    twice: 42,
    as: 'ts',
  });
  const onlyJs = folder({ 'half.js': 'export default (n) => n / 2;' });
  assert.equal(await runInWorker(callerIn(onlyJs, 'caller.ts'), './half', 9).result, 4.5);
});

test('a worker that throws rejects with its error; a missing module and a stopped worker say so', async () => {
  const dir = folder({
    'fails.js': 'export default () => { throw new RangeError("bad input row 3"); };',
    'spins.js': 'export default () => { for (;;) {} };',
  });
  await assert.rejects(runInWorker(callerIn(dir, 'caller.js'), './fails', null).result, /bad input row 3/);
  assert.throws(
    () => workerModule(callerIn(dir, 'caller.js'), './absent'),
    /no worker module .*absent\.js or .*absent\.ts/,
  );
  const spinning = runInWorker(callerIn(dir, 'caller.js'), './spins', null);
  await spinning.terminate();
  await assert.rejects(spinning.result, /worker \.\/spins was stopped/);
});

test('a usage or validation error thrown in the worker comes back as the same class, with its field', async () => {
  const dir = folder({
    'refuses.ts': `import { UsageError } from ${JSON.stringify(new URL('../../core/errors.ts', import.meta.url).href)};
export default () => { throw new UsageError('no validator "zz"', { field: 'shock' }); };`,
  });
  await assert.rejects(
    runInWorker(callerIn(dir, 'caller.ts'), './refuses', null).result,
    (e: unknown) =>
      e instanceof UsageError && e.details.field === 'shock' && /no validator "zz"/.test(e.message),
  );
});

test('a deadline or an abort stops the worker and rejects with the error given', async () => {
  const dir = folder({ 'spins.js': 'export default () => { for (;;) {} };' });
  const late = runInWorker(callerIn(dir, 'caller.js'), './spins', null, {
    deadline: { ms: 50, error: () => new UsageError('past its deadline', { field: 'timeLimitSeconds' }) },
  });
  await assert.rejects(
    late.result,
    (e: unknown) => e instanceof UsageError && /past its deadline/.test(e.message),
  );
  const controller = new AbortController();
  const aborted = runInWorker(callerIn(dir, 'caller.js'), './spins', null, { signal: controller.signal });
  controller.abort(new Error('the client went away'));
  await assert.rejects(aborted.result, /the client went away/);
});
