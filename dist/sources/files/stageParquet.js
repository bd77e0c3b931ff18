// src/sources/files/stageParquet.ts
import { engineReason } from "../../core/engineReason.js";
import { ValidationError } from "../../core/errors.js";
import { checkFile, sqlString } from "./checkFile.js";
import { validateStaged } from "./validateStaged.js";
async function stageParquet(tx, file, columns, stage = "stage") {
  checkFile(file);
  const source = `read_parquet(${sqlString(file)}, file_row_number = true)`;
  let schema;
  try {
    schema = await tx.rows(`DESCRIBE SELECT * FROM ${source}`);
  } catch (err) {
    throw new ValidationError(
      `not a readable parquet file: ${engineReason(err)}`,
      { source: file },
      { cause: err }
    );
  }
  const types = new Map(schema.map((c) => [c.column_name, c.column_type]));
  for (const [name, [physical]] of Object.entries(columns)) {
    const actual = types.get(name);
    if (actual === void 0)
      throw new ValidationError(`missing column ${name}`, { source: file, field: name });
    if (actual !== physical) {
      throw new ValidationError(`wrong column type: expected ${physical}, got ${actual}`, {
        source: file,
        field: name
      });
    }
  }
  const list = Object.keys(columns).map((c) => `"${c}"`).join(", ");
  try {
    await tx.run(
      `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT file_row_number + 1 AS row, ${list} FROM ${source}`
    );
  } catch (err) {
    throw new ValidationError(`corrupt parquet data: ${engineReason(err)}`, { source: file }, { cause: err });
  }
  const kinds = Object.fromEntries(Object.entries(columns).map(([name, [, kind]]) => [name, kind]));
  return validateStaged(tx, file, stage, kinds, "row");
}
export {
  stageParquet
};
