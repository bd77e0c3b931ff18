// src/sources/files/checkFile.ts
import { existsSync, statSync } from "node:fs";
import { ValidationError } from "../../core/errors.js";
function checkFile(file) {
  if (!existsSync(file)) throw new ValidationError("file not found", { source: file });
  if (!statSync(file).isFile()) throw new ValidationError("not a file", { source: file });
  if (statSync(file).size === 0) throw new ValidationError("file is empty", { source: file });
}
function sqlString(text) {
  return `'${text.replaceAll("'", "''")}'`;
}
export {
  checkFile,
  sqlString
};
