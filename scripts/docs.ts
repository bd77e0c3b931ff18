// `npm run docs`: writes docs/cli.md (from the commander definitions) and docs/api.md (from the OpenAPI
// document the server generates from the questions' schemas). test/docs.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDocs } from '../test/helpers/referenceDocs.ts';

const root = join(import.meta.dirname, '..');
const { cli, api } = await referenceDocs();
writeFileSync(join(root, 'docs/cli.md'), cli);
writeFileSync(join(root, 'docs/api.md'), api);
process.stderr.write('wrote docs/cli.md and docs/api.md\n');
