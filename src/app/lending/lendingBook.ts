import { aaveTopBorrowersBook } from '../../analytics/aaveTopBorrowersBook.ts';
import { NotFoundError, UsageError } from '../../core/errors.ts';
import type { PositionBook } from '../../model/lending.ts';
import { AAVE_V3_ETHEREUM } from '../../sources/files/aaveV3Borrowers.ts';
import { parseLendingPositions } from '../../sources/files/readLendingPositions.ts';
import type { App } from '../createApp.ts';
import { type DocumentMeta, inputMeta } from '../document.ts';
import { marketBook } from '../market/marketBook.ts';
import { newestDay, provenance } from '../provenance.ts';
import type { BookSource } from './lendingSchemas.ts';

/** The datasets the Aave v3 Ethereum top-1,000 book is built from. */
export const TOP_BORROWERS_SOURCES = ['aave-v3/top-borrowers', 'aave-v3/debt-positions'] as const;

/** A book a lending question runs on, where it came from, and the meta of an answer on it. */
export type LendingBook = { book: PositionBook; source: BookSource; meta: DocumentMeta };

/** Which book: positions given (JSON in a request, or a file a front end read), or a stored market. */
export type BookChoice = {
  positions?: unknown;
  market?: string | undefined;
  block?: number | undefined;
};

const INPUT_SOURCE: BookSource = {
  kind: 'input',
  market: null,
  chainId: null,
  block: null,
  day: null,
  description: 'the positions given',
  flaggedPrices: [],
};

/**
 * The book of a lending question: positions the user gave (JSON, or `file`, a positions file a front end
 * read), or a stored market, a chain snapshot (`market read`) before an imported top-borrowers file
 * (Aave v3 Ethereum's by default). Books of the store are cached per store generation.
 */
export async function lendingBook(app: App, choice: BookChoice, file?: PositionBook): Promise<LendingBook> {
  const given = [choice.positions !== undefined, file !== undefined].filter(Boolean).length;
  if (given > 1) throw new UsageError('give positions in the request or a positions file, not both');
  if (given === 1 && choice.market !== undefined)
    throw new UsageError('give positions or a stored market, not both', { field: 'market' });
  if (given === 1 && choice.block !== undefined)
    throw new UsageError('a block names a chain snapshot: it goes with --market', { field: 'block' });
  if (file) return { book: file, source: INPUT_SOURCE, meta: inputMeta('the positions book given') };
  if (choice.positions !== undefined)
    return {
      book: parseLendingPositions(choice.positions, 'request body positions'),
      source: INPUT_SOURCE,
      meta: inputMeta('the positions book given'),
    };
  const market = choice.market ?? AAVE_V3_ETHEREUM;
  return app.cached(`lending-book:${market}:${choice.block ?? ''}`, async () => {
    const store = await app.store();
    const chain = await marketBook(store, { market, block: choice.block });
    if (chain) return chain;
    if (choice.block !== undefined)
      throw new NotFoundError(`no chain snapshot of "${market}" at or before block ${choice.block}`, {
        field: 'block',
      });
    if ((await store.lendingAccounts(market)).length === 0) {
      const known = new Set((await store.marketSnapshots()).map((x) => x.market));
      if ((await store.lendingAccounts(AAVE_V3_ETHEREUM)).length > 0) known.add(AAVE_V3_ETHEREUM);
      throw new NotFoundError(
        `no stored market "${market}" (stored: ${[...known].join(', ') || 'none'}; read one with faultline market read)`,
        { field: 'market' },
      );
    }
    const day = await newestDay(app, TOP_BORROWERS_SOURCES);
    return {
      book: await aaveTopBorrowersBook(store, market),
      meta: { asOf: day, coverage: null, ...(await provenance(app, TOP_BORROWERS_SOURCES, null)) },
      source: {
        kind: 'top-borrowers',
        market,
        chainId: 1,
        block: null,
        day,
        description:
          'the Aave v3 Ethereum top 1,000 borrowers file: largest debt only, collateral assumed (see assumptions)',
        flaggedPrices: [],
      },
    };
  });
}
