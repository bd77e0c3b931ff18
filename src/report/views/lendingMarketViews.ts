import type { MarketReadResult } from '../../app/market/marketRead.ts';
import type { MarketSnapshotsResult } from '../../app/market/marketSnapshots.ts';
import type { MarketTvlResult } from '../../app/market/marketTvl.ts';
import { pct, usd } from '../format.ts';
import { column, type View } from '../view.ts';

/** What a market read stored, what it re-read, and what it asked the node. */
export function marketReadView(d: MarketReadResult): View {
  return {
    id: 'market-read',
    title: `${d.market}: chain ${d.chainId}, block ${d.block} (${d.day})`,
    lines: [
      `${d.reserves} reserves, ${d.accounts.toLocaleString('en-US')} accounts (${d.reread.toLocaleString('en-US')} read at this block, ${d.carried.toLocaleString('en-US')} carried over${d.incrementalFrom === null ? '' : ` from block ${d.incrementalFrom}`})`,
      `accounts found from the pool's events over blocks ${d.scannedFrom}..${d.scannedTo}; ${d.rpc.requests.toLocaleString('en-US')} RPC requests`,
    ],
    tables: [
      {
        columns: [column('RPC method', 'text', 'method'), column('calls', 'count')],
        rows: Object.entries(d.rpc.byMethod).map(([m, n]) => [m, n]),
      },
    ],
    notes: d.flaggedPrices.map((f) => `flagged price ${f.asset}: ${f.problem}`),
  };
}

/** A market's TVL from chain per reserve, beside DefiLlama's figure for the same day when asked. */
export function marketTvlView(d: MarketTvlResult): View {
  const c = d.comparison;
  return {
    id: 'market-tvl',
    title: `${d.market}: TVL from chain at block ${d.block} (${d.day})`,
    lines: [
      `supplied ${usd(d.suppliedUsd)} − borrowed ${usd(d.borrowedUsd)} = ${usd(d.tvlUsd)}; held by the aTokens ${usd(d.heldUsd)} (DefiLlama's definition)`,
      ...(c
        ? [
            `DefiLlama ${c.protocol} on ${c.chain}, ${d.day}: ${usd(c.defillamaUsd)}; difference ${usd(c.differenceUsd)}${d.coverage?.share == null ? '' : `; the chain's held figure is ${pct(d.coverage.share)} of it`}`,
          ]
        : []),
    ],
    tables: [
      {
        columns: [
          column('asset', 'text'),
          column('price', 'number', 'price_usd', 4),
          column('supplied', 'usd', 'supplied_usd'),
          column('borrowed', 'usd', 'borrowed_usd'),
          column('TVL', 'usd', 'tvl_usd'),
          column('held', 'usd', 'held_usd'),
        ],
        rows: d.reserves.map((r) => [r.asset, r.priceUsd, r.suppliedUsd, r.borrowedUsd, r.tvlUsd, r.heldUsd]),
      },
    ],
    notes: [
      ...(d.unpriced.length ? [`left out, no oracle price: ${d.unpriced.join(', ')}`] : []),
      ...d.flaggedPrices.map((f) => `flagged price ${f.asset}: ${f.problem}`),
      ...(c?.explanation ?? []),
    ],
  };
}

/** The chain snapshots stored, for choosing a `--market`. */
export function marketSnapshotsView(d: MarketSnapshotsResult): View {
  return {
    id: 'market-list',
    title: 'Chain snapshots stored',
    lines: d.snapshots.length ? [] : ['none yet: faultline market read --rpc URL --provider 0x…'],
    tables: [
      {
        columns: [
          column('market', 'text'),
          column('chain', 'number', 'chain_id'),
          column('block', 'number', 'block'),
          column('day', 'day'),
          column('reserves', 'count'),
          column('accounts', 'count'),
        ],
        rows: d.snapshots.map((s) => [s.market, s.chainId, s.block, s.day, s.reserves, s.accounts]),
      },
    ],
    notes: [],
  };
}
