// src/risk/l2/worseOf.ts
import { SENTIMENTS } from "../../model/l2-risk.js";
function worseOf(...sentiments) {
  return sentiments.reduce(
    (worst, s) => SENTIMENTS.indexOf(s) > SENTIMENTS.indexOf(worst) ? s : worst,
    "good"
  );
}
export {
  worseOf
};
