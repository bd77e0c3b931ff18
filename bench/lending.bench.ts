import { parallelLosses } from '../src/app/lending/parallelLosses.ts';
import { pathLoss } from '../src/risk/lending/compiledBook.ts';
import { inlineLosses, summarizeLosses } from '../src/risk/lending/lossDistribution.ts';
import { buildShockIndex } from '../src/risk/lending/shockIndex.ts';
import { shockPaths } from '../src/risk/lending/shockPaths.ts';
import { syntheticBook } from './_lendingBook.ts';

const musd = (x: number) => `$${(Math.max(0, x) / 1e6).toFixed(1)}M`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = () => `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`;
let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const peakMib = () => `${(Math.max(peak, process.memoryUsage().rss) / 2 ** 20).toFixed(0)} MiB`;

// 1. One-asset shocks: 1M positions × 10,000 paths through the sorted-breakpoint index.
{
  const book = syntheticBook({ accounts: 1_000_000, assets: 5, maxCollateral: 2, seed: 1 });
  const model = { assets: ['A0'], dailyVolatility: [0.05], correlation: [[1]] };
  const paths = shockPaths(model, 10_000, 1);
  const t0 = performance.now();
  const index = buildShockIndex(book, 'A0', '3.3');
  const built = performance.now() - t0;
  const losses = {
    insolvency: new Float64Array(10_000),
    liquidatableDebt: new Float64Array(10_000),
    liquidated: new Float64Array(10_000),
  };
  for (let p = 0; p < 10_000; p++) {
    const l = index.at(paths[p] as number);
    losses.insolvency[p] = l.insolvency;
    losses.liquidatableDebt[p] = l.liquidatableDebt;
    losses.liquidated[p] = l.liquidated;
  }
  const total = performance.now() - t0;
  const risk = summarizeLosses(losses, index.at(1));
  const naivePaths = 20;
  const t1 = performance.now();
  const m = new Float64Array(5).fill(1);
  let worst = 0;
  for (let p = 0; p < naivePaths; p++) {
    m[0] = paths[p] as number;
    const naive = pathLoss(book, m, '3.3');
    const fast = index.at(m[0]);
    for (const k of ['insolvency', 'liquidatableDebt', 'liquidated'] as const)
      worst = Math.max(worst, Math.abs(naive[k] - fast[k]));
  }
  const naivePerPath = (performance.now() - t1) / naivePaths;
  console.log(
    `one-asset shocks, 1,000,000 positions (${book.asset.length.toLocaleString('en-US')} entries) × 10,000 paths:`,
  );
  console.log(
    `  index: built in ${seconds(built)} (${index.breakpoints.toLocaleString('en-US')} breakpoints), all paths in ${seconds(total)} (target < 10 s); VaR95 ${musd(risk.var95)}, LaR95 ${musd(risk.lar95)}`,
  );
  console.log(
    `  naive per-position loop: ${naivePerPath.toFixed(1)} ms a path, so ${seconds(naivePerPath * 10_000)} for 10,000 paths (measured on ${naivePaths}); ratio ${((naivePerPath * 10_000) / total).toFixed(0)}×; largest gap between the two $${worst.toFixed(4)}`,
  );
  console.log(`  memory: rss ${mib()}, peak ${peakMib()}`);
}

// 2. 200k positions × 20 assets × 10,000 correlated paths on worker threads.
{
  peak = 0;
  const assets = 20;
  const book = syntheticBook({ accounts: 200_000, assets, maxCollateral: 4, seed: 2 });
  const vols = Array.from({ length: assets }, (_, a) => (a >= assets - 3 ? 0.002 : 0.03 + 0.002 * a));
  const correlation = Array.from({ length: assets }, (_, i) =>
    Array.from({ length: assets }, (_, j) => (i === j ? 1 : 0.6)),
  );
  const model = { assets: book.assets, dailyVolatility: vols, correlation };
  const t0 = performance.now();
  const paths = shockPaths(model, 10_000, 1);
  const columns = Int32Array.from(book.assets.map((_, k) => k));
  const generated = performance.now() - t0;
  const losses = await parallelLosses(2)({
    book,
    multipliers: paths,
    columns,
    modelAssets: assets,
    version: '3.3',
  });
  const total = performance.now() - t0;
  const risk = summarizeLosses(losses, pathLoss(book, new Float64Array(assets).fill(1), '3.3'));
  const naivePaths = 50;
  const t1 = performance.now();
  const one = await inlineLosses({
    book,
    multipliers: paths.subarray(0, naivePaths * assets),
    columns,
    modelAssets: assets,
    version: '3.3',
  });
  const onePerPath = (performance.now() - t1) / naivePaths;
  const objects = Array.from({ length: 2000 }, (_, i) => {
    const entries: { asset: string; w: number; c: number; d: number }[] = [];
    for (let e = book.start[i] as number; e < (book.start[i + 1] as number); e++)
      entries.push({
        asset: book.assets[book.asset[e] as number] as string,
        w: book.weighted[e] as number,
        c: book.collateral[e] as number,
        d: book.debt[e] as number,
      });
    return entries;
  });
  const t2 = performance.now();
  for (let p = 0; p < naivePaths; p++) {
    const price = new Map(book.assets.map((a, k) => [a, paths[p * assets + k] as number]));
    let insolvency = 0;
    for (const entries of objects) {
      let c = 0;
      let d = 0;
      for (const e of entries) {
        c += e.c * (price.get(e.asset) ?? 1);
        d += e.d * (price.get(e.asset) ?? 1);
      }
      insolvency += Math.max(0, d - c);
    }
    if (insolvency < 0) throw new Error('unreachable');
  }
  const naivePerPath = ((performance.now() - t2) / naivePaths) * (200_000 / objects.length);
  console.log(
    `correlated paths, 200,000 positions × ${assets} assets (${book.asset.length.toLocaleString('en-US')} entries) × 10,000 paths, 2 worker threads:`,
  );
  console.log(
    `  ${seconds(total)} (target < 60 s; paths drawn in ${seconds(generated)}); VaR95 ${musd(risk.var95)}, LaR95 ${musd(risk.lar95)}; first paths equal to one thread: ${one.insolvency[0] === losses.insolvency[0]}`,
  );
  console.log(
    `  one thread: ${seconds(onePerPath * 10_000)} (measured on ${naivePaths} paths), so 2 threads give ${((onePerPath * 10_000) / total).toFixed(2)}×`,
  );
  console.log(
    `  naive per-position loop over objects and a price map: ${seconds(naivePerPath * 10_000)} (measured on ${naivePaths} paths × 2,000 accounts), ratio ${((naivePerPath * 10_000) / total).toFixed(0)}×`,
  );
  console.log(`  memory: rss ${mib()}, peak ${peakMib()}`);
}
clearInterval(sample);
