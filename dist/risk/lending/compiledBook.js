// src/risk/lending/compiledBook.ts
import { effectiveParams } from "./accountHealth.js";
import { closeFactor } from "./liquidation.js";
function compileBook(book) {
  const assetIndex = /* @__PURE__ */ new Map();
  for (const a of book.accounts)
    for (const h of [...a.collateral, ...a.debt])
      if (!assetIndex.has(h.asset)) assetIndex.set(h.asset, assetIndex.size);
  const n = book.accounts.length;
  const start = new Uint32Array(n + 1);
  const rows = [];
  const bonus = new Float64Array(n);
  book.accounts.forEach((account, i) => {
    const byAsset = /* @__PURE__ */ new Map();
    const entry = (asset2) => {
      const k2 = assetIndex.get(asset2);
      const found = byAsset.get(k2);
      if (found) return found;
      const e = { asset: k2, w: 0, c: 0, d: 0 };
      byAsset.set(k2, e);
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
    start[i + 1] = start[i] + byAsset.size;
  });
  const nnz = start[n];
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
    bonus
  };
}
function liquidatedValue(version, w, c, d, bonus) {
  if (!(w < d)) return 0;
  return Math.min(c, closeFactor(version, w / d, c, d) * d * bonus);
}
function pathLoss(book, m, version) {
  let insolvency = 0;
  let liquidatableDebt = 0;
  let liquidated = 0;
  const n = book.start.length - 1;
  for (let i = 0; i < n; i++) {
    let w = 0;
    let c = 0;
    let d = 0;
    for (let e = book.start[i], end = book.start[i + 1]; e < end; e++) {
      const x = m[book.asset[e]];
      w += book.weighted[e] * x;
      c += book.collateral[e] * x;
      d += book.debt[e] * x;
    }
    if (d > c) insolvency += d - c;
    if (w < d) {
      liquidatableDebt += d;
      liquidated += liquidatedValue(version, w, c, d, book.bonus[i]);
    }
  }
  return { insolvency, liquidatableDebt, liquidated };
}
export {
  compileBook,
  liquidatedValue,
  pathLoss
};
