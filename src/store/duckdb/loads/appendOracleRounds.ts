import type { OracleRoundRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's Chainlink rounds (integers as decimal text, unix seconds) to `oracle_rounds`. */
export async function appendOracleRounds(
  tx: SqlTx,
  dataset: string,
  rounds: readonly OracleRoundRow[],
): Promise<void> {
  await tx.append(
    'oracle_rounds',
    [
      ['dataset', 'varchar'],
      ['feed', 'varchar'],
      ['pair', 'varchar'],
      ['round_id', 'varchar'],
      ['answer', 'varchar'],
      ['updated_at', 'bigint'],
      ['answered_in_round', 'varchar'],
      ['day', 'date'],
    ],
    rounds.map((r) => [dataset, r.feed, r.pair, r.roundId, r.answer, r.updatedAt, r.answeredInRound, r.day]),
  );
}
