import type { LendingScenario } from '../../model/lending.ts';
import { LendingScenarioInput } from '../../model/lendingScenario.ts';
import { readJsonFile, validateJson } from './readJsonFile.ts';

/**
 * Reads a stress scenario file (README, "Lending scenarios"), validated by the model's
 * `LendingScenarioInput`; a problem names the file and the JSON path.
 */
export function readLendingScenario(file: string): LendingScenario {
  return readJsonFile(file, LendingScenarioInput);
}

/** A stress scenario from parsed JSON (a request body), validated as `readLendingScenario` does. */
export function parseLendingScenario(json: unknown, source: string): LendingScenario {
  return validateJson(json, LendingScenarioInput, source);
}
