import { CLIFF_RULE, type CliffHorizon, type CliffOutcome } from '../../model/cliffRule.ts';
import { type Spread, spreadOf } from './spread.ts';

/** An episode counts only when its day has at least this many control pools. */
export const MIN_CONTROL_POOLS = 5;
/** Episodes paid less than this share of their yield by incentives are left out of the per-share response. */
export const MIN_INCENTIVE_SHARE = 0.25;

/** Which episodes a measurement reads: every fall of more than half within a week, or only those that lasted. */
export type CliffKind = 'all' | 'sustained';

/** The measured TVL response at one horizon (changes as fractions: −0.25 = TVL 25% lower). */
export type HorizonResponse = {
  horizon: CliffHorizon;
  /** Episodes measured, and those left out (no TVL that many days later; too few controls that day). */
  episodes: number;
  leftOut: { noOutcome: number; fewControls: number };
  /** Each episode's TVL change minus its day's control median: the response attributed to the fall. */
  difference: Spread | null;
  treatedChange: Spread | null;
  controlChange: Spread | null;
  /** The difference per unit of incentive share (difference ÷ reward/total APY at the baseline). */
  perIncentiveShare: Spread | null;
};

/** The incentive cliff measured on stored pool histories. */
export type CliffResponse = { kind: CliffKind; episodes: number; horizons: HorizonResponse[] };

const changeOf = (e: CliffOutcome, h: CliffHorizon) => (h === 30 ? e.change30 : e.change90);
const controlOf = (e: CliffOutcome, h: CliffHorizon) => (h === 30 ? e.control30 : e.control90);

/**
 * Measures what TVL did after incentives fell (CLIFF_RULE): for each episode and horizon, the pool's TVL
 * change minus the median change of the pools whose rewards held on the same day (a same-day control
 * group takes out what moved every pool: prices, seasons; matching on the day only, across protocols and
 * chains, keeps enough controls for every day). Reports the median, quartiles and 10th/90th percentiles
 * over episodes, and the same per unit of incentive share for projecting pools paid partly by rewards.
 * Deterministic: no sampling, no seed.
 */
export function measureCliff(episodes: readonly CliffOutcome[], kind: CliffKind): CliffResponse {
  const chosen = episodes.filter((e) => kind === 'all' || e.sustained === true);
  const horizons = CLIFF_RULE.horizons.map((horizon): HorizonResponse => {
    const diffs: number[] = [];
    const treated: number[] = [];
    const controls: number[] = [];
    const perShare: number[] = [];
    let noOutcome = 0;
    let fewControls = 0;
    for (const e of chosen) {
      const change = changeOf(e, horizon);
      const control = controlOf(e, horizon);
      if (change === null) noOutcome++;
      else if (control === null || control.pools < MIN_CONTROL_POOLS) fewControls++;
      else {
        const d = change - control.medianChange;
        diffs.push(d);
        treated.push(change);
        controls.push(control.medianChange);
        const share = e.totalApy > 0 ? e.rewardApy / e.totalApy : 0;
        if (share >= MIN_INCENTIVE_SHARE) perShare.push(d / Math.min(1, share));
      }
    }
    return {
      horizon,
      episodes: diffs.length,
      leftOut: { noOutcome, fewControls },
      difference: spreadOf(diffs),
      treatedChange: spreadOf(treated),
      controlChange: spreadOf(controls),
      perIncentiveShare: spreadOf(perShare),
    };
  });
  return { kind, episodes: chosen.length, horizons };
}
