import { type Day, daysBetween } from '../core/day.ts';

/** Halving heights and the UTC days they were mined: anchors for estimating the height on a day. */
const ANCHORS: readonly (readonly [height: number, day: Day])[] = [
  [0, '2009-01-03' as Day],
  [210_000, '2012-11-28' as Day],
  [420_000, '2016-07-09' as Day],
  [630_000, '2020-05-11' as Day],
  [840_000, '2024-04-20' as Day],
];
const BLOCKS_PER_DAY = 144;
const HALVING_INTERVAL = 210_000;

/** BTC issued by a block height: Σ over halving eras of blocks × (50 BTC / 2^era). */
export function btcIssuedAt(height: number): number {
  let supply = 0;
  for (let era = 0; era * HALVING_INTERVAL < height; era++) {
    const blocks = Math.min(HALVING_INTERVAL, height - era * HALVING_INTERVAL);
    supply += blocks * (50 / 2 ** era);
  }
  return supply;
}

/**
 * Circulating BTC on a UTC day, estimated from the issuance schedule: the height interpolated
 * between halving anchors, 144 blocks a day after the last. Error well under 0.1% (blocks run a
 * little faster than 10 minutes). Used for Bitcoin penetration (MODELS §2).
 * @example Math.round(btcSupplyOn('2024-04-20')) === 19_687_500
 */
export function btcSupplyOn(day: Day): number {
  let height = 0;
  for (let i = ANCHORS.length - 1; i >= 0; i--) {
    const [h, d] = ANCHORS[i] as readonly [number, Day];
    const next = ANCHORS[i + 1];
    if (day < d) continue;
    height = next
      ? h + ((next[0] - h) * daysBetween(d, day)) / daysBetween(d, next[1])
      : h + BLOCKS_PER_DAY * daysBetween(d, day);
    break;
  }
  return btcIssuedAt(Math.floor(height));
}
