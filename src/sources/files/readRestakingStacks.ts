import { fileURLToPath } from 'node:url';
import { RestakingStacksFile } from '../../model/restakingStacks.ts';
import { readJsonFile } from './readJsonFile.ts';

/** The restaking yield-stack file shipped with Faultline. */
export const DEFAULT_RESTAKING_STACKS_FILE = fileURLToPath(
  new URL('../../../registry/yield/restaking-stacks.json', import.meta.url),
);

/** Reads and validates a restaking yield-stack file (errors name the file and the JSON path). */
export function readRestakingStacks(file = DEFAULT_RESTAKING_STACKS_FILE): RestakingStacksFile {
  return readJsonFile(file, RestakingStacksFile);
}
