/**
 * A document as the API sends it and `--format json` prints it: the same bytes in both (compact JSON;
 * the CLI adds one newline).
 */
export function serializeDocument(document: unknown): string {
  return JSON.stringify(document);
}
