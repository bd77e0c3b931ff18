// src/sources/files/readJsonFile.ts
import { readFileSync } from "node:fs";
import { ValidationError } from "../../core/errors.js";
import { formatPath } from "../zodIssue.js";
import { checkFile } from "./checkFile.js";
function readJsonFile(file, schema) {
  checkFile(file);
  const text = readFileSync(file, "utf8");
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err.message;
    const pos = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const place = Number.isFinite(pos) ? lineColumn(text, pos) : "end of file";
    throw new ValidationError(`malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, {
      source: file,
      place
    });
  }
  return validateJson(data, schema, file);
}
function validateJson(data, schema, source) {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? formatPath(issue.path) : "";
    throw new ValidationError(issue?.message ?? "invalid", { source, place: path || "(root)" });
  }
  return parsed.data;
}
function lineColumn(text, pos) {
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  return `line ${line}, column ${pos - before.lastIndexOf("\n")}`;
}
export {
  readJsonFile,
  validateJson
};
