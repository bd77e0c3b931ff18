import { join } from 'node:path';
import type { Dataset, Flag } from './dataset.ts';

const ID = 'defillama/protocol-chain-tvl-daily';

/**
 * Per-protocol, per-chain daily USD TVL built from DefiLlama `/protocol/<slug>` chainTvls (ZSTD parquet):
 * `TVL` rows per chain (a top-level section key such as `vesting` is an all-chains section), and
 * `TOKENS_IN_USD` rows per token. Several points in one UTC day: the latest wins. Points that break
 * DefiLlama's sanity rules (TVL < 0 or > $200B) are kept, flagged, and left out of totals.
 */
export const defillamaProtocolChainTvlDaily: Dataset = {
  id: ID,
  title: 'DefiLlama protocol x chain TVL, daily (99 protocols)',
  version: 1,
  files: (dir) => [join(dir, 'defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet')],
  tables: [
    { table: 'protocol_chain_tvl_daily', dayColumn: 'day' },
    { table: 'protocol_tvl_daily', dayColumn: 'day' },
    { table: 'protocol_token_tvl_daily', dayColumn: 'day' },
  ],
  caveats: [
    'Built without the -borrowed, -staking, -pool2 and -vesting chain sections: core TVL only.',
    'Ends between 2025-02-19 and 2025-03-02 depending on the protocol.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const { rows, sanity } = await tx.loadProtocolChainTvlDaily(ID, f);
    const flags: Flag[] = sanity.map((c) => ({
      kind: c.flag === 'negative' ? 'rejected-negative-tvl' : 'rejected-absurd-tvl',
      excluded: true,
      subject: c.protocols,
      message: `${c.points} protocol-chain-days ${c.flag === 'negative' ? 'below $0' : 'above $200B'}: kept, flagged, left out of totals (DefiLlama sanity rule)`,
      file: f,
    }));
    flags.push({
      kind: 'missing-sections',
      excluded: false,
      subject: 'all protocols',
      message:
        'no -borrowed/-staking/-pool2/-vesting chain sections: borrowed and staking views are unavailable here',
      file: f,
    });
    return { rowsByFile: new Map([[f, rows]]), flags };
  },
};
