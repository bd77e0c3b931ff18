import { ValidationError } from '../core/errors.ts';
import { TOKEN_PEGS } from '../model/tokenPegs.ts';
import type { DailyPoint } from '../model/tvl.ts';
import type { ShockModel } from '../risk/lending/shockPaths.ts';
import type { Store } from '../store/store.ts';

/** Dollar stablecoins beyond `TOKEN_PEGS` that Aave lists. */
const MORE_USD_STABLES = new Set(['GHO', 'PYUSD', 'RLUSD', 'USDS', 'USDTB', 'LUSD', 'CRVUSD', 'SUSDE']);
/** Assumed correlation between assets that track the same thing (an LST and ETH, WBTC and cbBTC). */
const SAME_PEG_CORRELATION = 0.99;
/** Window for volatilities and correlations measured from daily prices (days). */
const WINDOW = 90;

function logReturns(points: readonly DailyPoint[]): Map<string, number> {
  const out = new Map<string, number>();
  const recent = points.slice(-(WINDOW + 1));
  for (let i = 1; i < recent.length; i++) {
    const a = recent[i - 1] as DailyPoint;
    const b = recent[i] as DailyPoint;
    if (a.value > 0 && b.value > 0) out.set(b.day, Math.log(b.value / a.value));
  }
  return out;
}

function stdev(xs: number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}

/** What an asset tracks: ETH, BTC, USD, or itself. */
function pegOf(symbol: string, volatile: ReadonlySet<string>): string {
  const upper = symbol.toUpperCase();
  const peg = TOKEN_PEGS[upper];
  if (peg) return peg;
  if (MORE_USD_STABLES.has(upper)) return 'USD';
  if (volatile.has(upper) && upper.endsWith('ETH')) return 'ETH';
  return upper;
}

/**
 * One-day shock model for a set of assets, with the assumptions it makes: daily volatilities from the
 * Aave risk dataset (90-day realised), BTC's from the stored daily BTC prices over the last 90 days, `--vol`
 * overrides first; dollar stablecoins still (their depegs are scenarios, not noise); an asset with no
 * data gets the largest volatility known. Correlation: 0.99 between assets on one peg, and the measured
 * ETH–BTC correlation of daily log returns between any other two volatile assets.
 */
export async function lendingShockModel(
  store: Store,
  assets: readonly string[],
  overrides: Readonly<Record<string, number>> = {},
): Promise<{ model: ShockModel; assumptions: string[] }> {
  const table = new Map(
    (await store.assetVolatilities()).map((v) => [v.symbol.toUpperCase(), v.dailyVolatility]),
  );
  const eth = logReturns(await store.dailyPrices('ETH'));
  const btc = logReturns(await store.dailyPrices('BTC'));
  const days = [...eth.keys()].filter((d) => btc.has(d));
  const e = days.map((d) => eth.get(d) as number);
  const b = days.map((d) => btc.get(d) as number);
  const btcVol = b.length > 2 ? stdev(b) : Number.NaN;
  let rho = 0.8;
  if (days.length > 2) {
    const me = e.reduce((s, x) => s + x, 0) / e.length;
    const mb = b.reduce((s, x) => s + x, 0) / b.length;
    const cov = e.reduce((s, x, i) => s + (x - me) * ((b[i] as number) - mb), 0) / (e.length - 1);
    rho = cov / (stdev(e) * stdev(b));
  }
  if (table.size === 0)
    throw new ValidationError('no asset volatilities stored: import the aave-v3/volatility dataset first', {
      source: 'aave-v3/volatility',
    });
  const largest = Math.max(...table.values());
  const assumptions: string[] = [];
  const volatile = new Set(table.keys());
  const pegs = assets.map((a) => pegOf(a, volatile));
  const dailyVolatility = assets.map((asset, i) => {
    const upper = asset.toUpperCase();
    const override = overrides[asset] ?? overrides[upper];
    if (override !== undefined) return override;
    const known = table.get(upper) ?? (pegs[i] === 'ETH' ? table.get('WETH') : undefined);
    if (known !== undefined) return known;
    if (pegs[i] === 'USD') return 0;
    if (pegs[i] === 'BTC' && Number.isFinite(btcVol)) {
      assumptions.push(
        `${asset}: BTC's realised daily volatility over the last ${WINDOW} days of stored prices, ${(btcVol * 100).toFixed(2)}%.`,
      );
      return btcVol;
    }
    assumptions.push(
      `${asset}: no volatility in the data; the largest known, ${(largest * 100).toFixed(2)}% a day, is assumed.`,
    );
    return largest;
  });
  const still = assets.filter((_, i) => dailyVolatility[i] === 0);
  if (still.length)
    assumptions.push(`Held still (dollar stablecoins; depegs are separate scenarios): ${still.join(', ')}.`);
  assumptions.push(
    `Correlation ${SAME_PEG_CORRELATION} between assets on one peg; ${rho.toFixed(3)} (ETH–BTC daily log returns, last ${days.length} days of stored prices) between any other two.`,
  );
  const correlation = assets.map((_, i) =>
    assets.map((_, j) => {
      if (i === j) return 1;
      if (dailyVolatility[i] === 0 || dailyVolatility[j] === 0) return 0;
      return pegs[i] === pegs[j] ? SAME_PEG_CORRELATION : rho;
    }),
  );
  return { model: { assets: [...assets], dailyVolatility, correlation }, assumptions };
}
