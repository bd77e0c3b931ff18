// src/sources/files/validateStaged.ts
import { ValidationError } from "../../core/errors.js";
import { invalidPredicate, KIND_LABEL } from "./fieldChecks.js";
async function validateStaged(tx, file, stage, fields, rowColumn) {
  const present = new Set(
    (await tx.rows(`DESCRIBE ${stage}`)).map((r) => r.column_name)
  );
  const missing = Object.keys(fields).filter((f) => !present.has(f));
  if (missing.length > 0) {
    const found = [...present].filter((c) => c !== rowColumn).join(", ");
    throw new ValidationError(`missing column(s) ${missing.join(", ")} (found: ${found})`, { source: file });
  }
  const [count] = await tx.rows(`SELECT count(*)::DOUBLE AS n FROM ${stage}`);
  if (!count || count.n === 0) throw new ValidationError("no data rows", { source: file });
  for (const [field, kind] of Object.entries(fields)) {
    const [bad] = await tx.rows(
      `SELECT ${rowColumn}::DOUBLE AS at, "${field}"::VARCHAR AS value FROM ${stage}
       WHERE ${invalidPredicate(field, kind)} ORDER BY ${rowColumn} LIMIT 1`
    );
    if (bad) {
      const got = bad.value === null ? "empty" : `"${bad.value}"`;
      const place = rowColumn === "line" ? `line ${bad.at}` : `row ${bad.at}`;
      throw new ValidationError(`expected ${KIND_LABEL[kind]}, got ${got}`, { source: file, place, field });
    }
  }
  return count.n;
}
export {
  validateStaged
};
