// src/analytics/tvlToggles.ts
import { ConfigError } from "../core/errors.js";
import { EXTRA_SECTIONS } from "../model/normaliseChain.js";
import { INCLUDE_TOGGLES } from "../model/tvlMethodology.js";
function parseToggles(sections, include, fields = { sections: "--sections", include: "--include" }) {
  const list = (text) => (text ?? "").split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
  const wanted = list(sections);
  for (const s of wanted) {
    if (!EXTRA_SECTIONS.includes(s)) {
      throw new ConfigError(`unknown section "${s}"; expected some of ${EXTRA_SECTIONS.join(", ")}`, {
        field: fields.sections
      });
    }
  }
  const included = list(include);
  for (const t of included) {
    if (!INCLUDE_TOGGLES.includes(t)) {
      throw new ConfigError(`unknown toggle "${t}"; expected some of ${INCLUDE_TOGGLES.join(", ")}`, {
        field: fields.include
      });
    }
  }
  return {
    sections: [...new Set(wanted)],
    doublecounted: included.includes("doublecounted"),
    liquidstaking: included.includes("liquidstaking"),
    bridge: included.includes("bridge")
  };
}
export {
  parseToggles
};
