#!/usr/bin/env node
// The `faultline` command: the CLI compiled to JavaScript at install (`npm run build`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('faultline: the CLI is not built; run `npm run build` (npm install does it)\n');
  process.exit(1);
}
await import(cli.href);
