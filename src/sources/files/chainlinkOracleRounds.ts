import { join } from 'node:path';
import { dayFromUnix } from '../../core/day.ts';
import { CHAINLINK_FEEDS } from '../../model/chainlinkFeeds.ts';
import { type FeedReport, feedViolations } from '../../risk/oracle/feedViolations.ts';
import { feedFindings } from '../../risk/oracle/oracleFindings.ts';
import { readChainlinkRounds } from './chainlinkRounds.ts';
import type { Dataset, Flag } from './dataset.ts';
import { listFiles } from './listFiles.ts';

const ID = 'oracles/chainlink-rounds';

/**
 * The quality flags of one feed's report that are not about its timing: each round with no data
 * (`updatedAt = 0`: a round id the aggregator never answered, a broken row shown apart, never a
 * violation) and the rounds with non-positive, carried-over or backdated answers. Heartbeat and deviation
 * violations are dated findings (`feedFindings`), one per round.
 */
export function oracleFlags(pair: string, feed: string, file: string, report: FeedReport): Flag[] {
  const subject = `${pair} (${feed})`;
  const flags: Flag[] = [];
  for (const v of report.violations.filter((x) => x.kind === 'no-data'))
    flags.push({
      kind: 'oracle-no-data',
      excluded: true,
      subject,
      message: `round ${v.roundId} has no data (updatedAt = 0): a round the aggregator never answered, left out of the gaps`,
      file,
    });
  for (const kind of ['non-positive', 'carried-over', 'backdated'] as const)
    if (report.counts[kind] > 0)
      flags.push({
        kind: `oracle-${kind}`,
        excluded: false,
        subject,
        message: `${report.counts[kind]} rounds: ${kind}`,
        file,
      });
  return flags;
}

/** The oracle network and chain of every feed of the rounds files, as a protocol list names them. */
export const CHAINLINK_ROUNDS_NETWORK = {
  oracle: 'Chainlink',
  chain: 'ethereum',
  chainName: 'Ethereum',
} as const;

/**
 * Real Chainlink rounds on Ethereum (ETH/USD, BTC/USD, stETH/ETH, ETH/BTC): stored per round, with the
 * heartbeat and deviation violations of `feedViolations` stored as dated findings (`oracle_findings`:
 * feed, round, day, seconds late) and the broken rounds as quality flags; an unreadable row is a flag too.
 */
export const chainlinkOracleRounds: Dataset = {
  id: ID,
  title: 'Chainlink oracle rounds (Ethereum)',
  version: 2,
  files: (dir) => listFiles(join(dir, 'oracles/chainlink'), '.csv'),
  tables: [
    { table: 'oracle_rounds', dayColumn: 'day' },
    { table: 'oracle_findings', dayColumn: 'day' },
  ],
  caveats: ['ETH/USD and BTC/USD 2023-04..2024-01, stETH/ETH 2022-01..2024-01, ETH/BTC 2024-01 only.'],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    const flags: Flag[] = [];
    for (const file of files) {
      const read = readChainlinkRounds(file);
      const rules = CHAINLINK_FEEDS[read.feed] ?? {
        pair: read.feed,
        heartbeatSeconds: null,
        deviation: null,
      };
      await tx.appendOracleRounds(
        ID,
        read.rounds.map((r) => ({
          feed: read.feed,
          pair: rules.pair,
          roundId: r.roundId.toString(),
          answer: r.answer.toString(),
          updatedAt: r.updatedAt,
          answeredInRound: r.answeredInRound.toString(),
          day: r.updatedAt > 0 ? dayFromUnix(r.updatedAt) : null,
        })),
      );
      rowsByFile.set(file, read.rounds.length + read.broken.length);
      for (const b of read.broken)
        flags.push({
          kind: 'unreadable-row',
          excluded: true,
          subject: `${rules.pair} line ${b.line}`,
          message: b.reason,
          file,
        });
      const report = feedViolations(read.rounds, rules);
      flags.push(...oracleFlags(rules.pair, read.feed, file, report));
      await tx.appendOracleFindings(
        ID,
        feedFindings(read.feed, rules, report).map((f) => ({ ...f, file })),
      );
    }
    return { rowsByFile, flags };
  },
};
