import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { referenceDocs } from './helpers/referenceDocs.ts';

const ROOT = join(import.meta.dirname, '..');

describe('the reference docs are generated, never stale', () => {
  it('docs/cli.md and docs/api.md are what `npm run docs` writes from the definitions', async () => {
    const { cli, api } = await referenceDocs();
    assert.equal(
      readFileSync(join(ROOT, 'docs/cli.md'), 'utf8'),
      cli,
      'docs/cli.md is stale: run `npm run docs`',
    );
    assert.equal(
      readFileSync(join(ROOT, 'docs/api.md'), 'utf8'),
      api,
      'docs/api.md is stale: run `npm run docs`',
    );
  });
});
