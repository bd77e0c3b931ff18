// src/sources/files/stageCsv.ts
import { engineReason } from "../../core/engineReason.js";
import { ValidationError } from "../../core/errors.js";
import { checkFile, sqlString } from "./checkFile.js";
import { validateStaged } from "./validateStaged.js";
async function stageCsv(tx, file, fields, stage = "stage") {
  checkFile(file);
  try {
    await tx.run(
      `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT row_number() OVER () + 1 AS line, *
       FROM read_csv(${sqlString(file)}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true,
         strict_mode = true, null_padding = false)`
    );
  } catch (err) {
    const text = String(err.message ?? err);
    const line = /Line: (\d+)/.exec(text)?.[1];
    const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
    const reason = counts ? `expected ${counts[1]} fields, found ${counts[2]}` : engineReason(err).replace(/^CSV Error on Line: \d+$/, "unreadable row");
    throw new ValidationError(
      `malformed CSV: ${reason}`,
      line ? { source: file, place: `line ${line}` } : { source: file },
      { cause: err }
    );
  }
  return validateStaged(tx, file, stage, fields, "line");
}
export {
  stageCsv
};
