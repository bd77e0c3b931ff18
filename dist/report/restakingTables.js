// src/report/restakingTables.ts
import { pct as fmtPct } from "./format.js";
var amount = (x, unit) => `${x.toLocaleString("en-US", { maximumFractionDigits: x < 100 ? 2 : 0 })}${unit ? ` ${unit}` : ""}`;
var share = (x) => x === null ? "\u2014" : fmtPct(x, x > 0 && x < 0.01 ? 2 : 1);
function certificateText(c, unit) {
  if (!c.secure && c.validAttack) {
    const a = c.validAttack;
    return `NOT SECURE: ${a.validators.length} validators (stake ${amount(a.stake, unit)}) can attack ${a.services.join(", ")} for ${amount(a.profit, unit)}`;
  }
  if (c.gammaStar === null) return "secure: no service has a corruption profit";
  const gamma = c.gammaExact ? `\u03B3* = ${c.gammaStar.toFixed(4)}` : `\u03B3* between ${(c.gammaLowerBound ?? 0).toFixed(4)} and ${c.gammaStar.toFixed(4)} (time budget spent)`;
  return `secure, ${gamma}: every attack forfeits at least ${(1 + (c.gammaLowerBound ?? 0)).toFixed(2)}\xD7 its profit`;
}
function serviceStakeTable(a) {
  const reported = new Map(a.reported.map((r) => [r.service, r]));
  return {
    head: [
      "service",
      "operators",
      `restaked (${a.unit ?? "unit"})`,
      "slashable",
      "slashable share",
      "HHI",
      "Nakamoto at \u03B1",
      "stakers"
    ],
    rows: a.stake.services.map((s) => [
      s.service,
      String(s.operators),
      amount(s.restaked, null),
      amount(s.slashable, null),
      share(s.slashableShare),
      s.hhi.toFixed(0),
      String(s.nakamoto),
      reported.get(s.service)?.stakers?.toLocaleString("en-US") ?? "\u2014"
    ])
  };
}
function networkLines(a) {
  const failing = a.sufficientCondition.filter((r) => !r.holds);
  const lines = [
    `${a.name ?? "restaking network"} (${a.format === "eigenlayer" ? "EigenLayer form, checked on slashable stake" : "graph form"})`,
    `  slashable stake: ${certificateText(a.certificate, a.unit)}`
  ];
  if (a.onPaper) lines.push(`  restaked stake (as reported): ${certificateText(a.onPaper, a.unit)}`);
  lines.push(
    `  restaked ${amount(a.stake.restaked, a.unit)}, slashable ${amount(a.stake.slashable, a.unit)} (${share(a.stake.restaked > 0 ? a.stake.slashable / a.stake.restaked : null)}); the same stake is promised ${a.stake.leverage.toFixed(2)}\xD7 over`,
    `  EigenLayer sufficient condition: ${failing.length === 0 ? "holds for every validator" : `fails for ${failing.length} of ${a.sufficientCondition.length} validators`}`
  );
  for (const o of a.stake.overlaps.slice(0, 3))
    lines.push(`  overlap ${o.a} / ${o.b}: ${share(o.share)} of the smaller one's restaked stake is shared`);
  for (const l of a.liquidity) {
    lines.push(
      `  ${l.token}: ${amount(l.value, a.unit)} liquid, ${amount(l.instantLiquidity, a.unit)} can leave at once; ${share(l.stuckShare)} waits ${l.delayDays.toFixed(0)} days in a run`
    );
  }
  if (a.cascade) {
    const c = a.cascade;
    const what = c.attackers.length ? `${c.attackers.length} validators then attack ${c.services.join(", ")}` : "no valid attack follows";
    lines.push(
      `  cascade after a shock of ${share(c.psi)}${c.shock.length ? ` (${c.shock.join(", ")})` : ""}: ${what}; ${share(c.loss)} of stake lost (${c.method}${c.bound === null ? "" : `; Theorem 1 bound ${share(c.bound)}`})`
    );
  }
  for (const x of a.assumptions) lines.push(`  assumption (${x.field}): ${x.text}`);
  return lines;
}
function babylonLines(b, btcPrice) {
  return [
    `Babylon: ${b.covenant.text}; ${b.finalityProviders} finality providers registered`,
    `  slashing rate ${share(b.slashingRate)}: ${b.stakedBtc === null ? "no staked BTC figure stored" : `${amount(b.stakedBtc, "BTC")} staked, ${amount(b.stakeAtRiskBtc ?? 0, "BTC")} at risk${b.stakeAtRiskUsd !== null && btcPrice !== null ? ` ($${Math.round(b.stakeAtRiskUsd).toLocaleString("en-US")})` : ""} if every provider equivocates`}`,
    `  unbonding ${b.unbonding.blocks} blocks \u2248 ${b.unbonding.days.toFixed(1)} d; finality needs > ${share(b.finality.quorum)} of voting power (${share(b.finality.haltShare)} withholding halts it, ${share(b.finality.safetyShare)} double-signing forks it and reveals their keys)`
  ];
}
export {
  babylonLines,
  certificateText,
  networkLines,
  serviceStakeTable
};
