import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ValidationError } from '../../core/errors.ts';
import { readL2Design } from './readL2Design.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-l2-design-'));
const fileWith = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('readL2Design', () => {
  it('reads the example design', () => {
    assert.equal(readL2Design('examples/l2-design.json').upgradeDelaySeconds, 2_592_000);
  });

  it('names the file, the JSON path and the reason of a refused design', () => {
    const example = JSON.parse(readFileSync('examples/l2-design.json', 'utf8'));
    const file = fileWith('bad.json', JSON.stringify({ ...example, upgradeDelaySeconds: -1 }));
    assert.throws(
      () => readL2Design(file),
      (err: unknown) =>
        err instanceof ValidationError &&
        err.details.source === file &&
        err.details.place === 'upgradeDelaySeconds' &&
        /expected number to be >=0/i.test(err.shortMessage),
    );
  });

  it('names the line and column of malformed JSON', () => {
    const file = fileWith('broken.json', '{\n  "upgradeDelaySeconds": 1,\n  oops\n}');
    assert.throws(
      () => readL2Design(file),
      (err: unknown) =>
        err instanceof ValidationError &&
        err.details.source === file &&
        /^line 3/.test(err.details.place ?? ''),
    );
  });
});
