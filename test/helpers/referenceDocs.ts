import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiReference } from '../../src/api/apiReference.ts';
import { createServer } from '../../src/api/server.ts';
import { appContext } from '../../src/api/serverContext.ts';
import { createFileApp } from '../../src/app/createFileApp.ts';
import { cliReference } from '../../src/cli/cliReference.ts';
import { buildProgram } from '../../src/cli/program.ts';
import { resolveConfig } from '../../src/core/config.ts';
import { WEB_DIST } from './apiServer.ts';

/** The CLI and API references as `npm run docs` writes them (no store is opened: only definitions are read). */
export async function referenceDocs(): Promise<{ cli: string; api: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-docs-'));
  const app = createFileApp(
    resolveConfig({ flags: { db: join(dir, 'none.duckdb') }, env: {}, cwd: process.cwd() }),
  );
  const server = await createServer({
    context: appContext({ app }),
    webDir: WEB_DIST,
    logger: false,
  });
  await server.ready();
  const api = apiReference(server.swagger() as Parameters<typeof apiReference>[0]);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  return { cli: `${cliReference(buildProgram())}\n`, api: `${api}\n` };
}
