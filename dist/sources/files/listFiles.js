// src/sources/files/listFiles.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ValidationError } from "../../core/errors.js";
function listFiles(dir, ext) {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ValidationError("folder not found", { source: dir });
  const found = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(ext)).map((name) => join(dir, name)).sort();
  if (found.length === 0) throw new ValidationError(`no ${ext} files`, { source: dir });
  return found;
}
export {
  listFiles
};
