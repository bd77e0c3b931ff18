// src/cli/l2Command.ts
import { Option } from "commander";
import {
  findSystem,
  systemSummary,
  systemsExposure
} from "../analytics/l2Systems.js";
import { ConfigError } from "../core/errors.js";
import { ROSETTE_SLICES } from "../model/l2-risk.js";
import { usd } from "../report/format.js";
import { exposureTables, l2SystemTable, ROSETTE_LEGEND, valueSourceText } from "../report/systemTables.js";
import { assessL2 } from "../risk/l2/assessL2.js";
import { formatSeconds } from "../risk/l2/exitWindow.js";
import { collusionText } from "../risk/l2/systemRisk.js";
import { readL2Design } from "../sources/files/readL2Design.js";
import { ensureData } from "./ensureData.js";
import { writeJson, writeTable } from "./output.js";
import { withApp } from "./withApp.js";
var formatOption = () => new Option("--format <format>", "output format").choices(["text", "json"]).default("text");
function registerL2(program) {
  const l2 = program.command("l2").description(
    "Layer-2 and Bitcoin-layer risk: L2BEAT's framework on the registry, and the value behind it"
  );
  l2.command("list", { isDefault: true }).description("every Ethereum L2 of the registry beside L2BEAT, or one system in full with --chain").option("--chain <system>", "one system (id, chain or name), L2 or Bitcoin layer").addOption(formatOption()).action(
    (o) => withApp(program, async (app) => {
      await ensureData(app);
      const { systems } = await app.systems();
      if (o.chain !== void 0) {
        const v = pick(systems, o.chain);
        if (o.format === "json") return writeJson({ ...systemSummary(v), facts: v.facts });
        return writeDetail(v);
      }
      const rows = systems.filter((s) => s.kind === "ethereum-l2").map(systemSummary);
      if (o.format === "json") return writeJson({ schema: "faultline.l2/v1", systems: rows });
      const t = l2SystemTable(rows);
      writeTable(t.head, t.rows);
      process.stdout.write(`${ROSETTE_LEGEND}
`);
    })
  );
  l2.command("compare <a> <b>").description("two systems side by side (L2s or Bitcoin layers)").addOption(formatOption()).action(
    (a, b, o) => withApp(program, async (app) => {
      await ensureData(app);
      const { systems } = await app.systems();
      const pair = [pick(systems, a), pick(systems, b)].map(systemSummary);
      if (o.format === "json") return writeJson({ schema: "faultline.l2-compare/v1", systems: pair });
      writeTable(["", pair[0].name, pair[1].name], compareRows(pair), false);
    })
  );
  l2.command("exposure").description("value-weighted risk: value behind each weakness, and the value each DA layer secures").addOption(formatOption()).action(
    (o) => withApp(program, async (app) => {
      await ensureData(app);
      const { systems, btcPrice } = await app.systems();
      const e = systemsExposure(systems);
      const values = systems.map((v) => ({ id: v.id, ...v.value, note: v.valueNote }));
      if (o.format === "json")
        return writeJson({ schema: "faultline.l2-exposure/v1", ...e, btcPrice, values });
      const t = exposureTables(e);
      process.stdout.write(
        `${usd(e.totalUsd)} on ${e.valued} systems with a value figure (L2s: L2BEAT TVS; Bitcoin layers: BTC locked at ${btcPrice ? `${usd(btcPrice.usd)} (${btcPrice.day})` : "no stored price"})
`
      );
      writeTable(t.weaknesses.head, t.weaknesses.rows, false);
      process.stdout.write("Value by DA layer (systems whose funds depend on the layer\u2019s data)\n");
      writeTable(t.daLayers.head, t.daLayers.rows, false);
      for (const v of systems.filter((s) => s.valueNote))
        process.stdout.write(`no value for ${v.id}: ${v.valueNote}
`);
      if (e.notDaDependent.length > 0)
        process.stdout.write(`not DA-dependent (self-custodied stake): ${e.notDaDependent.join(", ")}
`);
    })
  );
  l2.command("assess <file>").description(
    "evaluate a system described in a JSON file: exit window, DA, rosette, stage and what is unmet"
  ).option("--json", "print the assessment as JSON").action((file, o) => {
    const a = assessL2(readL2Design(file));
    if (o.json) {
      writeJson({
        exitWindow: {
          seconds: a.exitWindow.seconds,
          value: a.exitWindow.value,
          sentiment: a.exitWindow.sentiment
        },
        dataAvailability: a.dataAvailability,
        rosette: a.rosette,
        worst: a.worst,
        stage: a.stage,
        unmet: a.unmet
      });
      return;
    }
    process.stdout.write(`${a.name ?? file}: ${a.stage ?? "no stage"} (worst slice: ${a.worst})
`);
    writeTable(
      ["slice", "value", "sentiment"],
      a.rosette.map((r) => [r.name, r.value, r.sentiment]),
      false
    );
    for (const u of a.unmet) process.stdout.write(`unmet for ${u.stage}: ${u.requirement}
`);
  });
}
function pick(systems, query) {
  const found = findSystem(systems, query);
  if (found) return found;
  throw new ConfigError(`no registry system "${query}"; known: ${systems.map((s) => s.id).join(", ")}`, {
    field: "system"
  });
}
function compareRows([a, b]) {
  const row = (label, f) => [label, f(a), f(b)];
  const slice = (i) => (s) => {
    const r = s.rosette?.[i];
    return r ? `${r.value} (${r.sentiment})` : "\u2014";
  };
  return [
    row("kind / type", (s) => `${s.kind} / ${s.type}`),
    row("stack", (s) => s.stack ?? "\u2014"),
    row("DA layer", (s) => s.daLayer),
    row("stage (L2BEAT)", (s) => s.stage ? `${s.stage} (${s.l2beatStage ?? "\u2014"})` : "\u2014"),
    ...ROSETTE_SLICES.map(([, name], i) => row(name.toLowerCase(), slice(i))),
    row(
      "bitcoinlayers tiers",
      (s) => s.bitcoinlayers ? `${s.bitcoinlayers.custody} / ${s.bitcoinlayers.dataAvailability} / ${s.bitcoinlayers.operators} / ${s.bitcoinlayers.finality}` : "\u2014"
    ),
    row("custody", (s) => s.custody),
    row("parties to steal", (s) => collusionText(s.steal)),
    row("parties to freeze", (s) => collusionText(s.freeze)),
    row("parties to censor", (s) => collusionText(s.censor)),
    row("worst-case exit", (s) => s.exitLatency.text),
    row("value", (s) => valueSourceText(s.value))
  ];
}
function writeDetail(v) {
  const s = systemSummary(v);
  const out = (line) => process.stdout.write(`${line}
`);
  out(`${s.name} (${s.id}): ${s.kind}, ${s.type}${s.stack ? `, ${s.stack}` : ""}; facts as of ${s.asOf}`);
  out(`DA layer: ${s.daLayer}; proof system: ${v.facts.proofSystem ?? "none"}; custody: ${s.custody}`);
  if (s.rosette) {
    out(`Stage: ${s.stage} (L2BEAT: ${s.l2beatStage ?? "not imported"})`);
    writeTable(
      ["slice", "Faultline", "L2BEAT"],
      s.rosette.map((r) => [
        r.name,
        `${r.value} (${r.sentiment})`,
        r.l2beat ? `${r.l2beat.value} (${r.l2beat.sentiment})` : "\u2014"
      ]),
      false
    );
    for (const u of v.l2?.unmet ?? []) out(`unmet for ${u.stage}: ${u.requirement}`);
  }
  if (s.bitcoinlayers) {
    const b = s.bitcoinlayers;
    out(
      `bitcoinlayers.org: custody ${b.custody}, DA ${b.dataAvailability}, operators ${b.operators}, finality ${b.finality}`
    );
  }
  out(`Steal: ${collusionText(s.steal)} \u2014 ${s.steal.who}`);
  out(`Freeze: ${collusionText(s.freeze)} \u2014 ${s.freeze.who}`);
  out(`Censor: ${collusionText(s.censor)} \u2014 ${s.censor.who}`);
  const parts = s.exitLatency.parts.map(
    (p) => `${p.name} ${p.seconds === null ? "unknown" : formatSeconds(p.seconds)}`
  );
  out(`Worst-case exit: ${s.exitLatency.text}${parts.length ? ` (${parts.join(", ")})` : ""}`);
  out(`Value: ${valueSourceText(s.value)}${s.valueNote ? ` \u2014 ${s.valueNote}` : ""}`);
  for (const d of s.disagreements)
    out(`DIFFERS from L2BEAT on ${d.subject}: Faultline ${d.ours}, L2BEAT ${d.theirs} \u2014 ${d.reason}`);
  for (const n of v.facts.notes) out(`note: ${n}`);
  for (const src of v.facts.sources) out(`source: ${src.about} \u2014 ${src.url}`);
}
export {
  registerL2
};
