import type { ConcentrationResult, MarketConcentration } from '../../app/concentration.ts';
import { btc, int, pct, usd } from '../format.ts';
import { column, type View } from '../view.ts';

const isBtc = (m: MarketConcentration) => m.basis.startsWith('BTC');

/** Each market's headline (HHI, band, top-3, Nakamoto) and its largest `top` participants. */
export function concentrationView(doc: ConcentrationResult, top = 10): View[] {
  return doc.markets.map((m) => ({
    id: 'concentration',
    title: `${m.market} as of ${m.asOf}`,
    lines: [
      `${m.market} as of ${m.asOf}: ${m.count} participants, total ${isBtc(m) ? btc(m.total) : usd(m.total)}`,
      `basis: ${m.basis} [${m.dataset}]`,
      `HHI ${int(m.hhi)} (${m.band}); top-3 share ${pct(m.top3Share)}; Nakamoto coefficient ${m.nakamoto50} at 1/2, ${m.nakamoto33} at 1/3`,
    ],
    tables: [
      {
        columns: [
          column('market', 'text'),
          column('participant', 'text'),
          column('value', isBtc(m) ? 'btc' : 'usd'),
          column('share', 'fraction'),
        ],
        rows: m.participants.slice(0, top).map((x) => [m.market, x.name, x.value, x.share]),
      },
    ],
    notes: [],
  }));
}

/** Many markets in one table (the report's view): size, leader, top 3, HHI and Nakamoto coefficients. */
export function concentrationSummaryView(markets: readonly MarketConcentration[]): View {
  return {
    id: 'concentration',
    title: 'Market concentration',
    lines: [],
    tables: [
      {
        columns: [
          column('Market', 'text'),
          column('As of', 'text', 'as_of'),
          column('Size', 'text'),
          column('Leader', 'text'),
          column('Leader share', 'fraction', 'leader_share'),
          column('Top 3', 'fraction', 'top3_share'),
          column('HHI', 'count'),
          column('Band', 'text'),
          column('NC ½', 'count', 'nakamoto50'),
          column('NC ⅓', 'count', 'nakamoto33'),
          column('N', 'count', 'count'),
        ],
        rows: markets.map((c) => [
          c.market,
          c.asOf,
          isBtc(c) ? btc(c.total) : usd(c.total),
          c.leader?.name ?? null,
          c.leader?.share ?? null,
          c.top3Share,
          c.hhi,
          c.band,
          c.nakamoto50,
          c.nakamoto33,
          c.count,
        ]),
      },
    ],
    notes: [
      'HHI = Σ (100·share)² on 0..10,000: < 1,000 unconcentrated, 1,000–1,800 moderate, > 1,800 high. NC θ = fewest participants holding more than θ.',
      'Bitcoin staking "face value" counts wrapped BTC (LBTC, SolvBTC) and the Babylon stake behind it; "de-duplicated" counts each BTC once, where it is staked.',
    ],
  };
}
