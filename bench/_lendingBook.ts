import { seededRandom } from '../src/core/seededRandom.ts';
import type { CompiledBook } from '../src/risk/lending/compiledBook.ts';

export interface BookShape {
  accounts: number;
  assets: number;
  /** Most collateral assets per account; debt takes one or two assets. */
  maxCollateral: number;
  seed: number;
}

/**
 * A seeded synthetic lending book shaped like an Aave market, built straight into the compiled form:
 * Pareto-sized accounts (a few hold most), collateral biased towards asset 0 (ETH-like), debt mostly in
 * the last assets (stablecoin-like), thresholds 0.70–0.90, health factors spread over 1.0–3.0.
 */
export function syntheticBook(shape: BookShape): CompiledBook {
  const r = seededRandom(shape.seed);
  const lt = Array.from({ length: shape.assets }, () => 0.7 + 0.2 * r());
  const start = new Uint32Array(shape.accounts + 1);
  const asset: number[] = [];
  const weighted: number[] = [];
  const collateral: number[] = [];
  const debt: number[] = [];
  const bonus = new Float64Array(shape.accounts);
  for (let i = 0; i < shape.accounts; i++) {
    const size = Math.min(1e9, 1000 / (1 - r()) ** (1 / 1.1));
    const rows = new Map<number, { w: number; c: number; d: number }>();
    const row = (a: number) => {
      const found = rows.get(a);
      if (found) return found;
      const e = { w: 0, c: 0, d: 0 };
      rows.set(a, e);
      return e;
    };
    const k = 1 + Math.floor(r() * shape.maxCollateral);
    let w = 0;
    for (let j = 0; j < k; j++) {
      const u = r();
      const a = j === 0 ? Math.floor(shape.assets * u * u * u) : Math.floor(r() * shape.assets);
      const value = (size * (0.2 + r())) / k;
      const e = row(a);
      e.c += value;
      e.w += value * (lt[a] as number);
      w += value * (lt[a] as number);
    }
    const hf = 1 + 2 * r() * r();
    const debts = r() < 0.7 ? 1 : 2;
    for (let j = 0; j < debts; j++) {
      const a = shape.assets - 1 - Math.floor(r() * Math.min(3, shape.assets));
      row(a).d += w / hf / debts;
    }
    bonus[i] = 1.04 + 0.06 * r();
    for (const [a, e] of rows) {
      asset.push(a);
      weighted.push(e.w);
      collateral.push(e.c);
      debt.push(e.d);
    }
    start[i + 1] = asset.length;
  }
  return {
    assets: Array.from({ length: shape.assets }, (_, a) => `A${a}`),
    accountIds: [],
    start,
    asset: Uint16Array.from(asset),
    weighted: Float64Array.from(weighted),
    collateral: Float64Array.from(collateral),
    debt: Float64Array.from(debt),
    bonus,
  };
}
