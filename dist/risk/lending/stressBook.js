// src/risk/lending/stressBook.ts
import { bookAssets } from "./bookAssets.js";
import { runStress } from "./liquidationCascade.js";
import { shockScenario } from "./shockScenario.js";
function stressBook(book, input, version) {
  const scenario = "name" in input ? input : shockScenarioOf(book, input);
  return {
    ...runStress(book, scenario, version),
    accounts: book.accounts.length,
    follows: scenario.follows,
    assumptions: book.assumptions
  };
}
function shockScenarioOf(book, spec) {
  const label = [
    ...Object.entries(spec.shocks).map(([a, x]) => `${a}=${x}`),
    ...Object.entries(spec.depegs).map(([a, x]) => `depeg ${a}=${x}`)
  ].join(", ");
  return shockScenario(label, spec.shocks, bookAssets(book), spec.depegs);
}
export {
  stressBook
};
