import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileHashMemo } from './fileHashMemo.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('fileHashMemo: data file hashes kept between runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-hashes-'));
  const memoFile = join(dir, 'hashes.json');
  const data = join(dir, 'rows.csv');

  it('hashes a new file, and a later run takes the kept hash without reading the file', async () => {
    writeFileSync(data, 'day,tvl\n2024-01-01,1\n');
    const first = fileHashMemo(memoFile);
    assert.deepEqual(await first.hash(data), { sha256: sha('day,tvl\n2024-01-01,1\n'), bytes: 21 });
    first.save();
    // The kept entry is what a later run uses: put a marker in it and the marker comes back.
    const kept = JSON.parse(readFileSync(memoFile, 'utf8'));
    kept[data].sha256 = 'kept';
    writeFileSync(memoFile, JSON.stringify(kept));
    assert.equal((await fileHashMemo(memoFile).hash(data)).sha256, 'kept');
  });

  it('hashes again a file rewritten to the same size with its modification time set back', async () => {
    const { atime, mtime } = statSync(data);
    writeFileSync(data, 'day,tvl\n2024-01-01,2\n');
    utimesSync(data, atime, mtime);
    assert.equal((await fileHashMemo(memoFile).hash(data)).sha256, sha('day,tvl\n2024-01-01,2\n'));
  });

  it('reads every file when the memo is damaged, and writes a sound one', async () => {
    writeFileSync(memoFile, '{"truncated');
    const memo = fileHashMemo(memoFile);
    assert.equal((await memo.hash(data)).sha256, sha('day,tvl\n2024-01-01,2\n'));
    memo.save();
    assert.equal(JSON.parse(readFileSync(memoFile, 'utf8'))[data].sha256, sha('day,tvl\n2024-01-01,2\n'));
  });
});
