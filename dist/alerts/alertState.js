// src/alerts/alertState.ts
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ValidationError } from "../core/errors.js";
var alertKey = (a) => `${a.rule}|${a.subject ?? ""}`;
function readAlertState(file) {
  if (!existsSync(file)) return /* @__PURE__ */ new Set();
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (!Array.isArray(data.firing) || !data.firing.every((k) => typeof k === "string"))
      throw new Error('expected {"firing": [keys]}');
    return new Set(data.firing);
  } catch (err) {
    throw new ValidationError(`alert state unreadable: ${err.message}`, { source: file });
  }
}
function writeAlertState(file, firing) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ firing: [...firing].sort() }, null, 2)}
`);
  renameSync(`${file}.tmp`, file);
}
export {
  alertKey,
  readAlertState,
  writeAlertState
};
