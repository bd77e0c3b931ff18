// src/cli/withApp.ts
import { createFileApp } from "../app/createFileApp.js";
import { resolveConfig } from "../core/config.js";
async function withApp(program, work) {
  const flags = program.opts();
  const app = createFileApp(resolveConfig({ flags, env: process.env, cwd: process.cwd() }));
  try {
    await work(app);
  } finally {
    await app.close();
  }
}
export {
  withApp
};
