import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { answersDir, KEPT_ANSWERS, keptAnswer } from '../src/app/answerCache.ts';
import type { App } from '../src/app/createApp.ts';
import { createFileApp } from '../src/app/createFileApp.ts';
import { resolveConfig } from '../src/core/config.ts';
import type { Day } from '../src/core/day.ts';
import { tempDir } from './helpers/dataDir.ts';

describe('answers kept beside the store until something they are computed from changes', () => {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const registryDir = join(dir, 'registry');
  let app: App;
  let computed = 0;
  const ask = (parameters: unknown = {}, options: { fresh?: boolean; build?: string | null } = {}) =>
    keptAnswer(
      app,
      'question/v1',
      parameters,
      async () => {
        computed += 1;
        return JSON.stringify({ computed, parameters });
      },
      { build: 'build-a', ...options },
    );

  before(async () => {
    mkdirSync(join(dataDir, 'prices'), { recursive: true });
    writeFileSync(join(dataDir, 'prices', 'eth.csv'), 'day,usd\n');
    mkdirSync(registryDir);
    writeFileSync(join(registryDir, 'base.json'), '{}\n');
    const config = resolveConfig({
      flags: { data: dataDir, db: join(dir, 'store', 'f.duckdb'), registry: registryDir },
      env: {},
      cwd: dir,
    });
    mkdirSync(join(dir, 'store'));
    app = createFileApp(config);
  });
  after(() => app.close());

  it('computes once, then gives the kept text; --fresh computes again', async () => {
    const first = await ask();
    assert.deepEqual([first.kept, computed], [false, 1]);
    const second = await ask();
    assert.deepEqual([second.kept, second.text, computed], [true, first.text, 1]);
    const fresh = await ask({}, { fresh: true });
    assert.deepEqual([fresh.kept, computed], [false, 2]);
    assert.deepEqual((await ask()).text, fresh.text, 'the fresh answer is the one kept');
  });

  it('computes again after a write to the store, a changed data or registry file, or another build', async () => {
    const before = computed;
    await (await app.store()).recordUnitFailure('defillama', 'unit', '2025-01-01' as Day, 'HTTP 500');
    assert.equal((await ask()).kept, false, 'the store was written');
    assert.equal((await ask()).kept, true);
    appendFileSync(join(dataDir, 'prices', 'eth.csv'), '2025-01-01,3300\n');
    assert.equal((await ask()).kept, false, 'a data file changed');
    writeFileSync(join(registryDir, 'scroll.json'), '{}\n');
    assert.equal((await ask()).kept, false, 'a registry file was added');
    assert.equal((await ask({}, { build: 'build-b' })).kept, false, 'another build');
    assert.equal((await ask({ asOf: '2025-01-01' })).kept, false, 'other parameters');
    assert.equal((await ask()).kept, true, 'the first parameters are still kept');
    assert.equal(computed - before, 5);
  });

  it('keeps nothing when the build is unknown (running from the sources)', async () => {
    const files = readdirSync(answersDir(app.config.dbPath)).length;
    const a = await ask({ n: 'unbuilt' }, { build: null });
    const b = await ask({ n: 'unbuilt' }, { build: null });
    assert.deepEqual([a.kept, b.kept], [false, false]);
    assert.equal(readdirSync(answersDir(app.config.dbPath)).length, files);
  });

  it(`keeps the ${KEPT_ANSWERS} newest answers`, async () => {
    for (let n = 0; n < KEPT_ANSWERS + 4; n += 1) await ask({ n });
    const kept = readdirSync(answersDir(app.config.dbPath)).filter((f) => f.endsWith('.json'));
    assert.equal(kept.length, KEPT_ANSWERS);
    assert.equal((await ask({ n: KEPT_ANSWERS + 3 })).kept, true, 'the newest is kept');
    assert.equal((await ask({ n: 0 })).kept, false, 'the oldest went');
  });
});
