import type { AaveVersion, PositionBook } from '../../model/lending.ts';
import { effectiveParams } from './accountHealth.ts';
import { closeFactor } from './liquidation.ts';

/**
 * A book flattened for simulation: per account, one entry per asset it touches (CSR), holding the USD
 * values at today's prices that a price multiplier scales. Backed by plain typed arrays, so it can be
 * shared with worker threads.
 */
export type CompiledBook = {
  assets: string[];
  accountIds: string[];
  /** Entries of account i are start[i] .. start[i+1]. */
  start: Uint32Array;
  asset: Uint16Array;
  /** Collateral USD × liquidation threshold (e-mode where it applies). */
  weighted: Float64Array;
  collateral: Float64Array;
  debt: Float64Array;
  /** Liquidation bonus of the account's largest collateral (multiplier). */
  bonus: Float64Array;
};

/** Flattens a book for simulation; several holdings of one asset in one account merge into one entry. */
export function compileBook(book: PositionBook): CompiledBook {
  const assetIndex = new Map<string, number>();
  for (const a of book.accounts)
    for (const h of [...a.collateral, ...a.debt])
      if (!assetIndex.has(h.asset)) assetIndex.set(h.asset, assetIndex.size);
  const n = book.accounts.length;
  const start = new Uint32Array(n + 1);
  const rows: { asset: number; w: number; c: number; d: number }[][] = [];
  const bonus = new Float64Array(n);
  book.accounts.forEach((account, i) => {
    const byAsset = new Map<number, { asset: number; w: number; c: number; d: number }>();
    const entry = (asset: string) => {
      const k = assetIndex.get(asset) as number;
      const found = byAsset.get(k);
      if (found) return found;
      const e = { asset: k, w: 0, c: 0, d: 0 };
      byAsset.set(k, e);
      return e;
    };
    let largest = -1;
    for (const c of account.collateral) {
      const value = c.amount * c.price;
      const p = effectiveParams(account, c, book.emodeCategories);
      const e = entry(c.asset);
      e.c += value;
      e.w += value * p.liquidationThreshold;
      if (value > largest) {
        largest = value;
        bonus[i] = p.liquidationBonus;
      }
    }
    for (const d of account.debt) entry(d.asset).d += d.amount * d.price;
    rows.push([...byAsset.values()]);
    start[i + 1] = (start[i] as number) + byAsset.size;
  });
  const nnz = start[n] as number;
  const asset = new Uint16Array(nnz);
  const weighted = new Float64Array(nnz);
  const collateral = new Float64Array(nnz);
  const debt = new Float64Array(nnz);
  let k = 0;
  for (const row of rows)
    for (const e of row) {
      asset[k] = e.asset;
      weighted[k] = e.w;
      collateral[k] = e.c;
      debt[k] = e.d;
      k++;
    }
  return {
    assets: [...assetIndex.keys()],
    accountIds: book.accounts.map((a) => a.id),
    start,
    asset,
    weighted,
    collateral,
    debt,
    bonus,
  };
}

/**
 * Collateral a liquidation takes from an account at weighted collateral W, collateral C and debt D (USD):
 * min(C, closeFactor·D·bonus), with the close factor taken at account level (v3.3's $2,000 test on the
 * account's whole collateral and debt). 0 when HF = W/D ≥ 1.
 */
export function liquidatedValue(
  version: AaveVersion,
  w: number,
  c: number,
  d: number,
  bonus: number,
): number {
  if (!(w < d)) return 0;
  return Math.min(c, closeFactor(version, w / d, c, d) * d * bonus);
}

/** Book-wide losses on one price path (USD). */
export type PathLoss = {
  /** Σ max(0, debt − collateral): Gauntlet's insolvency. */
  insolvency: number;
  /** Debt of accounts with HF < 1. */
  liquidatableDebt: number;
  /** Collateral one round of liquidations takes (liquidations at risk). */
  liquidated: number;
};

/**
 * The losses on one path where asset k's price is multiplied by m[k]: a plain pass over every account
 * (O(entries)); `shockIndex` answers the one-asset case in O(log n).
 */
export function pathLoss(book: CompiledBook, m: ArrayLike<number>, version: AaveVersion): PathLoss {
  let insolvency = 0;
  let liquidatableDebt = 0;
  let liquidated = 0;
  const n = book.start.length - 1;
  for (let i = 0; i < n; i++) {
    let w = 0;
    let c = 0;
    let d = 0;
    for (let e = book.start[i] as number, end = book.start[i + 1] as number; e < end; e++) {
      const x = m[book.asset[e] as number] as number;
      w += (book.weighted[e] as number) * x;
      c += (book.collateral[e] as number) * x;
      d += (book.debt[e] as number) * x;
    }
    if (d > c) insolvency += d - c;
    if (w < d) {
      liquidatableDebt += d;
      liquidated += liquidatedValue(version, w, c, d, book.bonus[i] as number);
    }
  }
  return { insolvency, liquidatableDebt, liquidated };
}
