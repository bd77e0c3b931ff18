import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cleanStaleSnapshots, isAlive } from './cleanStaleSnapshots.ts';

/** The pid of a process that has exited (and was reaped), so no process has it now. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const pid = Number(r.stdout);
  assert.ok(pid > 0 && !isAlive(pid));
  return pid;
}

describe(cleanStaleSnapshots.name, () => {
  it("removes a dead server's snapshots and compact copies, keeps a live one's and the store", () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-stale-'));
    const db = join(dir, 'faultline.duckdb');
    const dead = deadPid();
    const files = {
      store: db,
      storeWal: `${db}.wal`,
      deadSnapshot: `${db}.serve-${dead}-1`,
      deadSnapshotWal: `${db}.serve-${dead}-1.wal`,
      deadSnapshot2: `${db}.serve-${dead}-12`,
      deadCompact: `${db}.compact-${dead}`,
      liveSnapshot: `${db}.serve-${process.pid}-2`,
      otherStore: join(dir, 'other.duckdb.serve-999999999-1'),
      damagedAside: `${db}.damaged-20251206T114700Z`,
    };
    for (const f of Object.values(files)) writeFileSync(f, 'x');
    const removed = cleanStaleSnapshots(db).sort();
    assert.deepEqual(
      removed,
      [files.deadCompact, files.deadSnapshot, files.deadSnapshot2, files.deadSnapshotWal].sort(),
    );
    for (const kept of [
      files.store,
      files.storeWal,
      files.liveSnapshot,
      files.otherStore,
      files.damagedAside,
    ])
      assert.ok(existsSync(kept), kept);
    assert.equal(readdirSync(dir).length, 5);
  });

  it('does nothing where the folder does not exist', () => {
    assert.deepEqual(cleanStaleSnapshots(join(tmpdir(), 'no-such-folder-faultline', 'x.duckdb')), []);
  });
});
