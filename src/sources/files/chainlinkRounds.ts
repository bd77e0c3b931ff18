import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ValidationError } from '../../core/errors.ts';
import type { FeedRound } from '../../risk/oracle/feedViolations.ts';

/** A rounds file read: the feed (from the file name), its rounds, and rows that could not be read. */
export type ChainlinkRoundsFile = {
  file: string;
  /** The aggregator proxy address the file is named after, lower case. */
  feed: string;
  rounds: FeedRound[];
  broken: { line: number; reason: string }[];
};

const NAMED = ['', 'round', 'answer', 'start', 'update', 'answeredInRound'];
const NUMBERED = ['', '0', '1', '2', '3', '4'];
const INTEGER = /^-?\d+$/;

/**
 * Reads a Chainlink rounds file of `shared/data/oracles/chainlink` (sajanrajdev/ape-chainlink-fetcher):
 * a pandas index, then `round, answer, start, update, answeredInRound` (unix seconds, answers in the
 * feed's decimals). The ETH/BTC file names these columns `0..4` in that order; both headers are
 * accepted. A row that is not six integers is reported in `broken` with its line, never read as zero;
 * `update = 0` rows are kept (the detector flags them).
 */
export function readChainlinkRounds(file: string): ChainlinkRoundsFile {
  const feed = /(0x[0-9a-fA-F]{40})/.exec(basename(file))?.[1]?.toLowerCase();
  if (!feed) throw new ValidationError('the file name does not carry the feed address', { source: file });
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const same = (want: string[]) => want.length === header.length && want.every((h, i) => header[i] === h);
  if (!same(NAMED) && !same(NUMBERED))
    throw new ValidationError(
      `unexpected header "${lines[0]}" (want ${NAMED.join(',')} or ${NUMBERED.join(',')})`,
      {
        source: file,
        place: 'line 1',
      },
    );
  const rounds: FeedRound[] = [];
  const broken: { line: number; reason: string }[] = [];
  lines.slice(1).forEach((text, i) => {
    if (text.trim() === '') return;
    const cells = text.split(',').map((c) => c.trim());
    const bad =
      cells.length !== 6 ? `${cells.length} fields, want 6` : cells.slice(1).find((c) => !INTEGER.test(c));
    if (bad !== undefined) {
      broken.push({
        line: i + 2,
        reason: typeof bad === 'string' && cells.length === 6 ? `not an integer: "${bad}"` : String(bad),
      });
      return;
    }
    const [, round, answer, , update, answeredIn] = cells as [string, string, string, string, string, string];
    rounds.push({
      roundId: BigInt(round),
      answer: BigInt(answer),
      updatedAt: Number(update),
      answeredInRound: BigInt(answeredIn),
    });
  });
  return { file, feed, rounds, broken };
}
