// src/cli/restakingCommand.ts
import { loadBabylon } from "../analytics/babylonStake.js";
import { ConfigError } from "../core/errors.js";
import { operatorSetId } from "../model/restaking.js";
import { babylonLines, networkLines, serviceStakeTable } from "../report/restakingTables.js";
import { assessmentDocument } from "../risk/restaking/assessmentDocument.js";
import { assessNetwork } from "../risk/restaking/assessNetwork.js";
import { loadSolver } from "../risk/restaking/milp.js";
import { slashOperator } from "../risk/restaking/slashing.js";
import { readRestakingNetwork } from "../sources/files/readRestakingNetwork.js";
import { ensureData } from "./ensureData.js";
import { numberOption } from "./options.js";
import { writeJson, writeTable } from "./output.js";
import { withApp } from "./withApp.js";
function fractionOption(value, flag) {
  const x = numberOption(value, flag, 0);
  if (x > 1) throw new ConfigError(`not a fraction in [0, 1]: "${value}"`, { field: flag });
  return x;
}
function registerRestaking(program) {
  const restaking = program.command("restaking").description("restaking security: slashable vs restaked, exact attack search, cascades, slashing");
  restaking.command("check <file>").description("the sufficient condition, the exact check with its certificate, and the worst cascade").option("--psi <x>", "shock: the worst loss of this fraction of all stake").option("--shock <ids>", "shock: these validators (or operators) lost, comma-separated").option("--time-limit <s>", "solver seconds for each exact search", "20").option("--json", "print the certificate as JSON").action(async (file, o) => {
    if (o.psi !== void 0 && o.shock !== void 0) {
      throw new ConfigError("give --psi or --shock, not both", { field: "--shock" });
    }
    const input = readRestakingNetwork(file);
    const a = assessNetwork(await loadSolver(), input, {
      ...o.psi === void 0 ? {} : { psi: fractionOption(o.psi, "--psi") },
      ...o.shock === void 0 ? {} : {
        shock: o.shock.split(",").map((s) => s.trim()).filter(Boolean)
      },
      timeLimitSeconds: numberOption(o.timeLimit, "--time-limit", 20)
    });
    if (o.json) return writeJson(assessmentDocument(a));
    for (const line of networkLines(a)) process.stdout.write(`${line}
`);
    const failing = a.sufficientCondition.filter((r) => !r.holds).slice(0, 20);
    if (failing.length > 0) {
      writeTable(
        ["validator", "lhs: \u03A3 share\xB7\u03C0/\u03B1", "rhs: stake", "holds"],
        failing.map((r) => [r.validator, r.lhs.toFixed(4), r.rhs.toFixed(4), r.holds ? "yes" : "no"]),
        false
      );
    }
  });
  restaking.command("slash <file>").description(
    "EigenLayer slashing accounting: one operator set slashes a fraction, every set's stake after"
  ).requiredOption("--operator <id>", "the operator slashed").requiredOption("--set <set>", "the operator set that slashes: AVS or AVS:id").requiredOption("--fraction <w>", "the fraction of the allocation slashed, in [0, 1]").option("--json", "print the result as JSON").action((file, o) => {
    const input = readRestakingNetwork(file);
    if (input.format !== "eigenlayer") {
      throw new ConfigError('slashing needs the EigenLayer form ("format": "eigenlayer")', {
        source: file
      });
    }
    const el = input.network;
    const op = el.operators.find((x) => x.id === o.operator);
    if (!op) {
      throw new ConfigError(
        `no operator "${o.operator}"; known: ${el.operators.map((x) => x.id).join(", ")}`,
        {
          field: "--operator"
        }
      );
    }
    const sets = el.operatorSets.filter((s) => operatorSetId(s) === o.set || s.avs === o.set);
    if (sets.length !== 1) {
      throw new ConfigError(
        `${sets.length === 0 ? "no" : "more than one"} operator set "${o.set}"; known: ${el.operatorSets.map(operatorSetId).join(", ")}`,
        { field: "--set" }
      );
    }
    const set = sets[0];
    if (!set.slashable) {
      throw new ConfigError(`${operatorSetId(set)} has not enabled slashing: nothing can be slashed`, {
        field: "--set"
      });
    }
    const result = slashOperator(el, op, operatorSetId(set), fractionOption(o.fraction, "--fraction"));
    if (result.strategies.length === 0) {
      throw new ConfigError(`${op.id} has no allocation to ${operatorSetId(set)}`, { field: "--set" });
    }
    if (o.json) return writeJson(result);
    const unit = el.unit ?? "";
    for (const s of result.strategies) {
      process.stdout.write(
        `${op.id}, ${s.strategy}: ${operatorSetId(set)} slashes ${(result.fraction * 100).toFixed(2)}%: ${s.slashed.toFixed(4)} ${unit} burnt; delegated ${s.delegated.before} \u2192 ${s.delegated.after.toFixed(4)}; max magnitude ${s.maxMagnitude.before} \u2192 ${s.maxMagnitude.after}
`
      );
      writeTable(
        ["operator set", "magnitude before", "after", `slashable before (${unit})`, "after"],
        [
          ...s.sets.map((x) => [
            x.set,
            String(x.magnitude.before),
            String(x.magnitude.after),
            x.slashable.before.toFixed(4),
            x.slashable.after.toFixed(4)
          ]),
          [
            "(free)",
            String(s.free.before),
            String(s.free.after),
            s.free.amountBefore.toFixed(4),
            s.free.amountAfter.toFixed(4)
          ]
        ],
        false
      );
    }
  });
  restaking.command("report <file>").description(
    "the human view of a network: verdicts, stake, concentration, overlap, liquidity, assumptions"
  ).option("--time-limit <s>", "solver seconds for each exact search", "20").action(async (file, o) => {
    const a = assessNetwork(await loadSolver(), readRestakingNetwork(file), {
      timeLimitSeconds: numberOption(o.timeLimit, "--time-limit", 20)
    });
    for (const line of networkLines(a)) process.stdout.write(`${line}
`);
    const t = serviceStakeTable(a);
    writeTable(t.head, t.rows, false);
    if (a.conversion.length > 0) {
      process.stdout.write(`conversion (${a.conversion.length} operator-set allocations), first lines:
`);
      for (const line of a.conversion.slice(0, 5)) process.stdout.write(`  ${line}
`);
    }
  });
  restaking.command("babylon").description(
    "Babylon's covenant quorum, slashing rate and stake at risk, unbonding wait and finality quorum"
  ).option("--json", "print as JSON").action(
    (o) => withApp(program, async (app) => {
      await ensureData(app);
      const view = await loadBabylon(await app.store());
      if (!view) throw new ConfigError("the Babylon dataset is not imported (run `faultline import`)");
      if (o.json) return writeJson(view);
      for (const line of babylonLines(view.security, view.btcPrice?.usd ?? null))
        process.stdout.write(`${line}
`);
      process.stdout.write(
        `  (staked BTC at month-end ${view.month ?? "\u2014"}; BTC at ${view.btcPrice ? `$${view.btcPrice.usd.toLocaleString("en-US")} on ${view.btcPrice.day}` : "no stored price"})
`
      );
    })
  );
}
export {
  registerRestaking
};
