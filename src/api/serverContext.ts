import { aaveTopBorrowersBook } from '../analytics/aaveTopBorrowersBook.ts';
import type { SystemsView } from '../analytics/l2Systems.ts';
import { loadSustainabilityData, type SustainabilityData } from '../analytics/sustainabilityData.ts';
import type { TvlContext } from '../analytics/tvlContext.ts';
import type { Config } from '../core/config.ts';
import type { Day } from '../core/day.ts';
import type { PositionBook } from '../model/lending.ts';
import { AAVE_V3_ETHEREUM } from '../sources/files/aaveV3Borrowers.ts';
import type { StoreSnapshot } from './storeSnapshot.ts';

/** What every resource of the API reads from: the snapshot and the services over it, memoised per snapshot. */
export type ServerContext = {
  config: Config;
  snapshot: StoreSnapshot;
  /** The bearer token admin endpoints require, or null: admin endpoints are off. */
  adminToken: string | null;
  /** Requests per minute per client on POST computations. */
  computeRateLimit: number;
  tvl(asOf?: Day | null): Promise<TvlContext>;
  systems(): Promise<SystemsView>;
  /** The stored Aave v3 Ethereum top-1,000 as a position book (the default book of lending computations). */
  lendingBook(): Promise<PositionBook>;
  /** What the sustainability scores read (loaded once per snapshot). */
  sustainability(): Promise<SustainabilityData>;
};

/** Builds the context; TVL contexts and the systems view are computed once per snapshot generation. */
export function createServerContext(
  config: Config,
  snapshot: StoreSnapshot,
  options: { adminToken: string | null; computeRateLimit: number },
): ServerContext {
  let generation = -1;
  let memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (snapshot.generation() !== generation) {
      generation = snapshot.generation();
      memo = new Map();
    }
    let value = memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = make();
      memo.set(key, value);
      value.catch(() => memo.delete(key));
    }
    return value;
  };
  const context: ServerContext = {
    config,
    snapshot,
    ...options,
    tvl: (asOf = null) => once(`tvl:${asOf ?? ''}`, () => snapshot.app().tvl(asOf)),
    systems: () => once('systems', () => snapshot.app().systems()),
    sustainability: () =>
      once('sustainability', async () =>
        loadSustainabilityData(await context.tvl(), await context.systems(), {
          incidentsFile: config.incidentsFile,
        }),
      ),
    lendingBook: () =>
      once('lending-book', async () => aaveTopBorrowersBook(await snapshot.app().store(), AAVE_V3_ETHEREUM)),
  };
  return context;
}
