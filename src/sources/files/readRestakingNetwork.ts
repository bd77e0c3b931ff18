import type { NetworkInput } from '../../model/restaking.ts';
import { RestakingNetworkFile } from '../../model/restakingNetworkFile.ts';
import { readJsonFile } from './readJsonFile.ts';

/**
 * Reads a restaking network file (`RestakingNetworkFile`: the graph form or EigenLayer's). A malformed
 * file names its line and column; a bad value names the file, its JSON path and the reason.
 */
export function readRestakingNetwork(file: string): NetworkInput {
  return readJsonFile(file, RestakingNetworkFile);
}
