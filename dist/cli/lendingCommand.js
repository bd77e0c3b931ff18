// src/cli/lendingCommand.ts
import { aaveTopBorrowersBook } from "../analytics/aaveTopBorrowersBook.js";
import { lendingValueAtRisk } from "../analytics/lendingValueAtRisk.js";
import { ConfigError } from "../core/errors.js";
import { stressLines, windDownLines } from "../report/lendingTables.js";
import { interestRates } from "../risk/lending/interestRate.js";
import { positionSummary } from "../risk/lending/positionSummary.js";
import { maxProfitableSale, sellLoss } from "../risk/lending/slippage.js";
import { stressBook } from "../risk/lending/stressBook.js";
import { windDown } from "../risk/lending/windDown.js";
import { AAVE_V3_ETHEREUM } from "../sources/files/aaveV3Borrowers.js";
import { readLendingPosition, readLendingPositions } from "../sources/files/readLendingPositions.js";
import { readLendingScenario } from "../sources/files/readLendingScenario.js";
import { readWindDown } from "../sources/files/readWindDown.js";
import { ensureData } from "./ensureData.js";
import { numberOption } from "./options.js";
import { writeJson } from "./output.js";
import { withApp } from "./withApp.js";
function versionOption(value) {
  if (value !== "3.0" && value !== "3.3")
    throw new ConfigError(`not an Aave version: "${value}" (3.0 or 3.3)`, { field: "--version" });
  return value;
}
function assetValues(list, flag, min, max) {
  const out = {};
  for (const item of list) {
    const [asset, text] = item.split("=");
    const x = Number(text);
    if (!asset || text === void 0 || !Number.isFinite(x) || x < min || x > max)
      throw new ConfigError(`expected ASSET=number in [${min}, ${max}], got "${item}"`, { field: flag });
    out[asset] = x;
  }
  return out;
}
function required(value, flag) {
  if (value === void 0) throw new ConfigError(`${flag} is required`, { field: flag });
  return numberOption(value, flag, 0);
}
var collect = (v, acc) => [...acc, v];
async function loadBook(program, o) {
  if (o.positions) return readLendingPositions(o.positions);
  let book;
  await withApp(program, async (app) => {
    await ensureData(app);
    book = await aaveTopBorrowersBook(await app.store(), o.market);
  });
  return book;
}
function bookCommand(parent, name, description) {
  return parent.command(name).description(description).option("--positions <file>", "positions file (JSON or CSV); default: the stored market").option("--market <id>", "stored market when no file is given", AAVE_V3_ETHEREUM).option("--version <v>", "Aave liquidation rules: 3.0 or 3.3", "3.3").option("--json", "print as JSON");
}
function registerLending(program) {
  const lending = program.command("lending").description("lending stress: Aave v3 liquidations, cascades, VaR, rates, wind-down");
  lending.command("position <file>").description("health factor, close factor and the liquidation a liquidator can make on one account").option("--version <v>", "Aave liquidation rules: 3.0 or 3.3", "3.3").option("--json", "print as JSON").action((file, o) => {
    const version = versionOption(o.version);
    const book = readLendingPosition(file);
    const result = positionSummary(book, version);
    const liq = result.liquidation;
    if (o.json) return writeJson(result);
    process.stdout.write(
      `health factor ${result.healthFactor.toFixed(6)} (collateral $${result.collateralUsd.toFixed(2)}, debt $${result.debtUsd.toFixed(2)}): ${result.liquidatable ? "liquidatable" : "not liquidatable"}
`
    );
    if (liq)
      process.stdout.write(
        `Aave v${version}: close factor ${(result.closeFactor ?? 0) * 100}%, repay ${liq.debtToCover.toFixed(6)} ${liq.debtAsset}, seize ${liq.collateralSeized.toFixed(6)} ${liq.collateralAsset} (protocol fee ${liq.protocolFee.toFixed(7)}, liquidator ${liq.liquidatorReceives.toFixed(6)}), health factor after ${liq.healthFactorAfter.toFixed(6)}
`
      );
  });
  bookCommand(
    lending,
    "stress",
    "a price shock or a scenario file on a book: liquidations, cascades, insolvency, bad debt"
  ).option(
    "--shock <asset=move>",
    "price move, e.g. WETH=-0.4 (repeatable; same-peg assets follow)",
    collect,
    []
  ).option(
    "--depeg <asset=fraction>",
    "depeg an asset by this fraction, e.g. weETH=0.05 (repeatable)",
    collect,
    []
  ).option("--scenario <file>", "a scenario file instead of --shock").action(
    async (o) => {
      const version = versionOption(o.version);
      if (o.scenario && (o.shock.length || o.depeg.length))
        throw new ConfigError("give --scenario or --shock/--depeg, not both", { field: "--scenario" });
      if (!o.scenario && !o.shock.length && !o.depeg.length)
        throw new ConfigError("give --shock ASSET=MOVE, --depeg ASSET=FRACTION or --scenario FILE", {
          field: "--shock"
        });
      const scenario = o.scenario ? readLendingScenario(o.scenario) : void 0;
      const book = await loadBook(program, o);
      const result = stressBook(
        book,
        scenario ?? {
          shocks: assetValues(o.shock, "--shock", -1, 10),
          depegs: assetValues(o.depeg, "--depeg", 0, 1)
        },
        version
      );
      if (o.json) return writeJson(result);
      for (const line of stressLines(result, book)) process.stdout.write(`${line}
`);
    }
  );
  bookCommand(
    lending,
    "var",
    "Monte Carlo VaR and LaR (Gauntlet's definitions) over correlated one-day shocks"
  ).option("--paths <n>", "simulated paths", "10000").option("--seed <n>", "random seed", "1").option("--vol <asset=x>", "daily volatility override, e.g. LINK=0.05 (repeatable)", collect, []).option("--workers <n>", "worker threads", "1").action(
    async (o) => {
      const version = versionOption(o.version);
      const paths = numberOption(o.paths, "--paths", 1e4);
      if (!Number.isInteger(paths) || paths < 1)
        throw new ConfigError(`not a path count: "${o.paths}"`, { field: "--paths" });
      const workers = Math.max(1, Math.floor(numberOption(o.workers, "--workers", 1)));
      const seed = numberOption(o.seed, "--seed", 1);
      const overrides = assetValues(o.vol, "--vol", 0, 1);
      const book = o.positions ? readLendingPositions(o.positions) : void 0;
      await withApp(program, async (app) => {
        await ensureData(app);
        const store = await app.store();
        const b = book ?? await aaveTopBorrowersBook(store, o.market);
        const result = await lendingValueAtRisk(store, b, { paths, seed, version, workers }, overrides);
        if (o.json) return writeJson(result);
        const usd = (x) => `$${(x / 1e6).toFixed(2)}M`;
        process.stdout.write(
          `${b.accounts.length} accounts, ${paths} one-day paths (seed ${result.seed}), Aave v${version}
VaR 95%: ${usd(result.var95)} of insolvency; LaR 95%: ${usd(result.lar95)} of collateral liquidated; debt in liquidatable accounts (95%): ${usd(result.liquidatableDebt95)}; worst path insolvency ${usd(result.worstInsolvency)}
`
        );
        for (const a of result.assumptions) process.stdout.write(`  assumption: ${a}
`);
      });
    }
  );
  lending.command("rates").description("Aave v3's interest-rate model: borrow and supply rate at a utilisation").option("--utilization <u>", "utilisation, a fraction").option("--base <b>", "base rate, a fraction a year", "0").option("--slope1 <s>", "slope below the optimal utilisation").option("--slope2 <s>", "slope above it").option("--optimal <u>", "optimal utilisation, a fraction").option("--reserve-factor <rf>", "reserve factor, a fraction", "0").option("--json", "print as JSON").action(
    (o) => {
      const u = required(o.utilization, "--utilization");
      const optimal = required(o.optimal, "--optimal");
      if (u > 1)
        throw new ConfigError(`utilisation above 1: "${o.utilization}"`, { field: "--utilization" });
      if (!(optimal > 0 && optimal < 1))
        throw new ConfigError(`optimal utilisation must be in (0, 1): "${o.optimal}"`, {
          field: "--optimal"
        });
      const r = interestRates(u, {
        baseRate: numberOption(o.base, "--base", 0),
        slope1: required(o.slope1, "--slope1"),
        slope2: required(o.slope2, "--slope2"),
        optimalUtilization: optimal,
        reserveFactor: numberOption(o.reserveFactor, "--reserve-factor", 0)
      });
      if (o.json) return writeJson({ ...r, utilization: u, unit: "fraction per year" });
      process.stdout.write(
        `borrow ${(r.borrowRate * 100).toFixed(4)}% a year, supply ${(r.supplyRate * 100).toFixed(4)}% a year at utilisation ${(u * 100).toFixed(2)}%
`
      );
    }
  );
  lending.command("slippage").description(
    "loss selling seized collateral into a constant-product pool, and the largest profitable size"
  ).option("--reserve <x>", "the pool's reserve of the sold asset (asset units)").option("--fee <f>", "pool fee, a fraction", "0.003").option("--sell <d>", "amount sold (asset units)").option("--bonus <b>", "liquidation bonus, a fraction (0.05 = 5%)", "0.05").option("--json", "print as JSON").action((o) => {
    const reserve = required(o.reserve, "--reserve");
    if (reserve <= 0) throw new ConfigError("the reserve must be above 0", { field: "--reserve" });
    const fee = numberOption(o.fee, "--fee", 3e-3);
    const bonus = numberOption(o.bonus, "--bonus", 0.05);
    if (fee >= 1 || bonus >= 1)
      throw new ConfigError("--fee and --bonus are fractions below 1", {
        field: fee >= 1 ? "--fee" : "--bonus"
      });
    const sell = required(o.sell, "--sell");
    const result = {
      loss: sellLoss(reserve, fee, sell),
      maxProfitableSize: maxProfitableSale(reserve, fee, bonus),
      profitable: sellLoss(reserve, fee, sell) < bonus
    };
    if (o.json) return writeJson(result);
    process.stdout.write(
      `selling ${sell} into a pool of ${reserve} loses ${(result.loss * 100).toFixed(4)}%; with a ${(bonus * 100).toFixed(2)}% bonus the largest profitable sale is ${result.maxProfitableSize.toFixed(4)}
`
    );
  });
  lending.command("winddown <file>").description(
    "a market switched to withdraw-only: stuck supply per reserve and chain, time to unstick, redistribution"
  ).option("--repay-rate <r>", "share of outstanding debt repaid each day", "0.01").option("--days <n>", "horizon in days", "730").option("--json", "print as JSON").action((file, o) => {
    const input = readWindDown(file);
    const rate = numberOption(o.repayRate, "--repay-rate", 0.01);
    if (rate > 1)
      throw new ConfigError(`not a daily share in [0, 1]: "${o.repayRate}"`, { field: "--repay-rate" });
    const result = windDown(
      input.reserves,
      input.suppliers,
      rate,
      Math.floor(numberOption(o.days, "--days", 730))
    );
    if (o.json) return writeJson({ name: input.name, ...result, assumptions: input.assumptions });
    for (const line of windDownLines(input.name, result, input.assumptions))
      process.stdout.write(`${line}
`);
  });
}
export {
  registerLending
};
