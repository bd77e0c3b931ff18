// src/risk/lending/lossWorker.ts
import { parentPort, workerData } from "node:worker_threads";
import { lossesOnPaths } from "./lossDistribution.js";
var task = workerData;
var book = {
  assets: [],
  accountIds: [],
  start: task.start,
  asset: task.asset,
  weighted: task.weighted,
  collateral: task.collateral,
  debt: task.debt,
  bonus: task.bonus
};
var out = {
  insolvency: task.insolvency,
  liquidatableDebt: task.liquidatableDebt,
  liquidated: task.liquidated
};
lossesOnPaths(book, task.multipliers, task.columns, task.modelAssets, task.version, task.from, task.to, out);
parentPort?.postMessage("done");
