import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { DeadlineExceededError, PoolFullError, TaskCancelledError, WorkerTaskError } from './poolErrors.ts';
import { createWorkerPool, type WorkerPool } from './workerPool.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-pool-'));
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
const guardUrl = new URL('./nativeGuard.ts', import.meta.url).href;
const duckdbUrl = import.meta.resolve('@duckdb/node-api');
/** The task module: each task names what to do; `beats` is shared memory the task ticks while it runs. */
writeFileSync(
  join(dir, 'tasks.ts'),
  `import { isMainThread, threadId } from 'node:worker_threads';
import { guarded } from ${JSON.stringify(guardUrl)};
export default async (task: { kind: string; n?: number; beats?: Int32Array }) => {
  if (task.kind === 'square') return { square: (task.n ?? 0) ** 2, main: isMainThread, thread: threadId };
  if (task.kind === 'spin') for (;;) Atomics.add(task.beats as Int32Array, 0, 1);
  if (task.kind === 'wait') { await new Promise((r) => setTimeout(r, task.n)); return 'waited'; }
  if (task.kind === 'throw') throw Object.assign(new RangeError('row 3 is out of range'), { details: { field: 'stake' } });
  if (task.kind === 'hog') { const kept = []; for (;;) kept.push(new Array(1e6).fill(1)); }
  if (task.kind === 'query') {
    const { DuckDBInstance } = await import(${JSON.stringify(duckdbUrl)});
    const db = await guarded(() => DuckDBInstance.create(':memory:'));
    const conn = await guarded(() => db.connect());
    Atomics.store(task.beats as Int32Array, 0, 1);
    await guarded(() => conn.runAndReadAll('SELECT count(*) FROM range(400000000) t(x) WHERE x % 7 = 3'));
    Atomics.store(task.beats as Int32Array, 0, 2);
    for (;;) Atomics.add(task.beats as Int32Array, 1, 1);
  }
  throw new Error('unknown task ' + task.kind);
};`,
);
const module = pathToFileURL(join(dir, 'tasks.ts'));
const pools: WorkerPool<unknown, unknown>[] = [];
function pool(size: number, queue: number, heapMib?: number) {
  const p = createWorkerPool<unknown, unknown>({ module, size, queue, ...(heapMib ? { heapMib } : {}) });
  pools.push(p);
  return p;
}
const beats = () => new Int32Array(new SharedArrayBuffer(8));

describe('createWorkerPool', () => {
  after(() => Promise.all(pools.map((p) => p.close())));

  it('answers tasks on other threads, up to `size` at once', async () => {
    const p = pool(2, 10);
    const answers = (await Promise.all([1, 2, 3, 4, 5].map((n) => p.run({ kind: 'square', n })))) as {
      square: number;
      main: boolean;
      thread: number;
    }[];
    assert.deepEqual(
      answers.map((a) => a.square),
      [1, 4, 9, 16, 25],
    );
    assert.ok(answers.every((a) => !a.main));
    assert.ok(new Set(answers.map((a) => a.thread)).size <= 2);
    assert.equal(p.stats().threads <= 2, true);
  });

  it('refuses at once when every thread is busy and the queue is full, with a wait to retry after', async () => {
    const p = pool(1, 1);
    const first = p.run({ kind: 'wait', n: 300 });
    const second = p.run({ kind: 'wait', n: 10 });
    await assert.rejects(p.run({ kind: 'square', n: 2 }), (e: unknown) => {
      assert.ok(e instanceof PoolFullError);
      assert.match(e.message, /1 running and 1 waiting at most/);
      assert.ok(e.retryAfterSeconds >= 1 && e.retryAfterSeconds <= 60);
      return true;
    });
    assert.deepEqual(await Promise.all([first, second]), ['waited', 'waited']);
    assert.equal(p.stats().refused, 1);
  });

  it('stops a task past its deadline (its thread stops working) and keeps answering', async () => {
    const p = pool(1, 4);
    await p.run({ kind: 'square', n: 1 });
    const ticks = beats();
    await assert.rejects(p.run({ kind: 'spin', beats: ticks }, { deadlineMs: 300 }), (e: unknown) => {
      assert.ok(e instanceof DeadlineExceededError);
      assert.match(e.message, /longer than the 300 ms limit/);
      return true;
    });
    await sleep(100);
    const stoppedAt = Atomics.load(ticks, 0);
    assert.ok(stoppedAt > 0, 'the task ran');
    await sleep(200);
    assert.equal(Atomics.load(ticks, 0), stoppedAt, 'no work after the stop');
    assert.equal(((await p.run({ kind: 'square', n: 3 })) as { square: number }).square, 9);
    assert.equal(p.stats().stopped, 1);
  });

  it('a warmed pool replaces a stopped thread at once, before any task asks for it', async () => {
    const p = pool(2, 4);
    p.warm();
    assert.equal(p.stats().threads, 2);
    await Promise.all([p.run({ kind: 'wait', n: 50 }), p.run({ kind: 'wait', n: 50 })]);
    await assert.rejects(p.run({ kind: 'spin', beats: beats() }, { deadlineMs: 300 }), DeadlineExceededError);
    assert.equal(p.stats().threads, 2, 'the stopped thread has a successor');
    assert.equal(p.stats().busy, 0);
    assert.equal(((await p.run({ kind: 'square', n: 4 })) as { square: number }).square, 16);
  });

  it('drops a task that waited its deadline for a thread, unstarted; the running one has its own deadline', async () => {
    const p = pool(1, 2);
    await p.run({ kind: 'square', n: 1 });
    const ticks = beats();
    const running = p.run({ kind: 'spin', beats: ticks }, { deadlineMs: 1500 });
    const waiting = p.run({ kind: 'square', n: 8 }, { deadlineMs: 300 });
    await assert.rejects(waiting, (e: unknown) => {
      assert.ok(e instanceof PoolFullError);
      assert.match(e.message, /waited 300 ms for a computation thread/);
      return true;
    });
    await assert.rejects(running, DeadlineExceededError);
    assert.ok(Atomics.load(ticks, 0) > 0);
    assert.equal(((await p.run({ kind: 'square', n: 2 })) as { square: number }).square, 4);
  });

  it('stops a task whose caller went away, and one still waiting never starts', async () => {
    const p = pool(1, 4);
    const ticks = beats();
    const running = new AbortController();
    const waiting = new AbortController();
    const spin = p.run({ kind: 'spin', beats: ticks }, { signal: running.signal });
    const queued = p.run({ kind: 'square', n: 4 }, { signal: waiting.signal });
    await sleep(300);
    waiting.abort();
    running.abort();
    await assert.rejects(spin, TaskCancelledError);
    await assert.rejects(queued, TaskCancelledError);
    await sleep(100);
    const at = Atomics.load(ticks, 0);
    await sleep(200);
    assert.equal(Atomics.load(ticks, 0), at, 'no work after the caller left');
    assert.equal(((await p.run({ kind: 'square', n: 5 })) as { square: number }).square, 25);
  });

  it("carries a task's error across (its class name and fields); a thread out of memory fails its task only", async () => {
    const p = pool(1, 4, 64);
    await assert.rejects(p.run({ kind: 'throw' }), (e: unknown) => {
      assert.ok(e instanceof WorkerTaskError);
      assert.equal(e.remoteName, 'RangeError');
      assert.equal(e.message, 'row 3 is out of range');
      assert.deepEqual(e.fields.details, { field: 'stake' });
      return true;
    });
    await assert.rejects(p.run({ kind: 'hog' }), (e: unknown) => {
      assert.ok(e instanceof WorkerTaskError);
      assert.match(e.message, /thread stopped: .*memory/i);
      return true;
    });
    assert.equal(((await p.run({ kind: 'square', n: 6 })) as { square: number }).square, 36);
  });

  it('never terminates a thread under a DuckDB call: the stop waits for the call, then the work ends', async () => {
    const p = pool(1, 4);
    const state = beats();
    const controller = new AbortController();
    const task = p.run({ kind: 'query', beats: state }, { signal: controller.signal });
    while (Atomics.load(state, 0) === 0) await sleep(5);
    controller.abort();
    await assert.rejects(task, TaskCancelledError);
    await sleep(3000);
    assert.equal(Atomics.load(state, 0), 1, 'the task did not go on past the query');
    assert.equal(Atomics.load(state, 1), 0);
    assert.equal(((await p.run({ kind: 'square', n: 7 })) as { square: number }).square, 49);
  });
});
