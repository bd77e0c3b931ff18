/**
 * Splits one CSV line into fields: commas separate, double quotes enclose a field that may hold commas
 * (`""` is a quote inside it). Returns null when a quote is left open (the line is unreadable as CSV).
 * @example splitCsvLine('a,"b, c",d') // ['a', 'b, c', 'd']
 */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}
