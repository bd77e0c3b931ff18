// src/cli/daCommand.ts
import { ConfigError } from "../core/errors.js";
import { EIGENDA_MAINNET, eigenDaVerdict, parseDecimal } from "../risk/restaking/eigenda.js";
import { writeJson, writeTable } from "./output.js";
function percentOption(value, flag) {
  let f;
  try {
    f = parseDecimal(value);
  } catch {
    throw new ConfigError(`not a percentage: "${value}"`, { field: flag });
  }
  if (f.n > f.d * 100n) throw new ConfigError(`not a percentage in [0, 100]: "${value}"`, { field: flag });
  return { n: f.n, d: f.d * 100n };
}
function registerDa(program) {
  const da = program.command("da").description("data-availability thresholds of erasure-coded DA services");
  da.command("eigenda").description(
    `EigenDA (n = ${EIGENDA_MAINNET.maxOperators}, c = ${EIGENDA_MAINNET.chunks}, \u03B3 = 1/${EIGENDA_MAINNET.inverseCodingRate}): is a confirmation/adversary threshold pair safe, and who can break it`
  ).option("--confirmation <pct>", "confirmation threshold, % of stake", "55").option("--adversary <pct>", "adversary threshold, % of stake", "33").option(
    "--stakes <list>",
    "operator stakes (any unit), comma-separated: chunks and the smallest breaking sets"
  ).option("--json", "print as JSON").action((o) => {
    const stakes = (o.stakes ?? "").split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
      try {
        return parseDecimal(s);
      } catch {
        throw new ConfigError(`not a non-negative stake: "${s}"`, { field: "--stakes" });
      }
    });
    if (stakes.length > 0 && stakes.every((s) => s.n === 0n)) {
      throw new ConfigError("the stakes sum to zero", { field: "--stakes" });
    }
    const v = eigenDaVerdict(
      percentOption(o.confirmation, "--confirmation"),
      percentOption(o.adversary, "--adversary"),
      stakes
    );
    if (o.json) return writeJson(v);
    const pct = (x) => `${(x * 100).toFixed(4)}%`;
    writeTable(
      ["", "value"],
      [
        ["reconstruction threshold r", pct(v.reconstructionThreshold)],
        [
          "confirmation \u2212 adversary",
          `${pct(v.confirmationThreshold - v.adversaryThreshold)} ${v.safe ? "\u2265" : "<"} r: ${v.safe ? "safe" : "UNSAFE"}`
        ],
        ["liveness threshold (1 \u2212 CT)", pct(v.livenessThreshold)],
        ...v.chunks.length ? [["chunks per operator", v.chunks.join(", ")]] : [],
        ...v.breakSafety ? [
          [
            "fewest top operators to break safety",
            `${v.breakSafety.operators} (${pct(v.breakSafety.share)} of stake > CT \u2212 r)`
          ]
        ] : [],
        ...v.breakLiveness ? [
          [
            "fewest top operators to halt confirmation",
            `${v.breakLiveness.operators} (${pct(v.breakLiveness.share)} of stake > 1 \u2212 CT)`
          ]
        ] : []
      ],
      false
    );
  });
}
export {
  registerDa
};
