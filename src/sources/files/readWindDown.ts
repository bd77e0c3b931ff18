import { WindDownInput } from '../../model/lendingWindDown.ts';
import { readJsonFile, validateJson } from './readJsonFile.ts';

/**
 * Reads a market to wind down (README, "Lending wind-down"), validated by the model's `WindDownInput`;
 * a problem names the file and the JSON path.
 */
export function readWindDown(file: string): WindDownInput {
  return readJsonFile(file, WindDownInput);
}

/** A market to wind down from parsed JSON (a request body), validated as `readWindDown` does. */
export function parseWindDown(json: unknown, source: string): WindDownInput {
  return validateJson(json, WindDownInput, source);
}
