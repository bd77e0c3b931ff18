import { join } from 'node:path';
import { dayFromUnix } from '../../core/day.ts';
import { CHAINLINK_FEEDS } from '../../model/chainlinkFeeds.ts';
import { type FeedReport, feedViolations } from '../../risk/oracle/feedViolations.ts';
import { readChainlinkRounds } from './chainlinkRounds.ts';
import type { Dataset, Flag } from './dataset.ts';
import { listFiles } from './listFiles.ts';

const ID = 'oracles/chainlink-rounds';

/** The quality flags of one feed's report: each broken round, and each kind of violation summed up. */
export function oracleFlags(pair: string, feed: string, file: string, report: FeedReport): Flag[] {
  const subject = `${pair} (${feed})`;
  const flags: Flag[] = [];
  const when = (t: number) => (t > 0 ? dayFromUnix(t) : 'no time');
  for (const v of report.violations.filter((x) => x.kind === 'no-data'))
    flags.push({
      kind: 'oracle-no-data',
      excluded: true,
      subject,
      message: `round ${v.roundId} has no data (updatedAt = 0)`,
      file,
    });
  const heartbeat = report.violations.filter((v) => v.kind === 'heartbeat');
  if (heartbeat.length > 0) {
    const worst = heartbeat.reduce((a, b) => ((b.gapSeconds ?? 0) > (a.gapSeconds ?? 0) ? b : a));
    flags.push({
      kind: 'oracle-heartbeat',
      excluded: false,
      subject,
      message: `${heartbeat.length} updates came more than ${report.graceSeconds} s after the heartbeat; longest gap ${worst.gapSeconds} s (round ${worst.roundId}, ${when(worst.at)})`,
      file,
    });
  }
  const deviation = report.violations.filter((v) => v.kind === 'deviation');
  if (deviation.length > 0) {
    const worst = deviation.reduce((a, b) => ((b.move ?? 0) > (a.move ?? 0) ? b : a));
    flags.push({
      kind: 'oracle-deviation',
      excluded: false,
      subject,
      message: `${deviation.length} updates moved more than twice the deviation threshold in one step; largest ${((worst.move ?? 0) * 100).toFixed(2)}% (round ${worst.roundId}, ${when(worst.at)})`,
      file,
    });
  }
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

/**
 * Real Chainlink rounds on Ethereum (ETH/USD, BTC/USD, stETH/ETH, ETH/BTC): stored per round, with the
 * heartbeat and deviation findings of `feedViolations` as quality flags; an unreadable row is a flag too.
 */
export const chainlinkOracleRounds: Dataset = {
  id: ID,
  title: 'Chainlink oracle rounds (Ethereum)',
  version: 1,
  files: (dir) => listFiles(join(dir, 'oracles/chainlink'), '.csv'),
  tables: [{ table: 'oracle_rounds', dayColumn: 'day' }],
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
      flags.push(...oracleFlags(rules.pair, read.feed, file, feedViolations(read.rounds, rules)));
    }
    return { rowsByFile, flags };
  },
};
