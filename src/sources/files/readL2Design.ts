import { L2Design } from '../../model/l2-design.ts';
import { readJsonFile } from './readJsonFile.ts';

/**
 * Reads and checks an L2 design file (`model/l2-design.ts`'s `L2Design`); an error names the file, the
 * JSON path and the reason.
 * @example readL2Design('examples/l2-design.json').stage1Principle === null
 */
export function readL2Design(file: string): L2Design {
  return readJsonFile(file, L2Design);
}

/** `L2Design` under its former name, for `app/l2Assess.ts` until it parses with `L2Design` itself. */
export const L2DesignFile = L2Design;

/** The identity on a parsed design, for `app/l2Assess.ts` until it parses with `L2Design` itself. */
export const l2Design = (design: L2Design): L2Design => design;
