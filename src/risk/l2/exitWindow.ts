import type { EXIT_WINDOW_RULES } from '../../model/l2-design.ts';
import type { Sentiment } from '../../model/l2-risk.ts';
import { formatSeconds } from './formatSeconds.ts';

export { formatSeconds };

const DAY_S = 86_400;

/** How an L2's contracts can change, in seconds (MODELS §4). */
export type ExitWindowInput = {
  /** Delay before an upgrade takes effect; with two upgrade paths, `upgradeDelay2Seconds` too. */
  upgradeDelaySeconds: number;
  upgradeDelay2Seconds?: number;
  /**
   * Longest time a withdrawal takes to be processed (challenge period, proof delay, queue); null when
   * not known, which leaves the window unknown unless an upgrade path has no delay at all.
   */
  exitDelaySeconds: number | null;
  /** False when the contracts cannot be upgraded at all: users always have time. */
  upgradeable?: boolean;
  /** False when the deployed code is unverified: nothing can be said, so it is bad. */
  verified?: boolean;
  /**
   * Which of L2BEAT's exit-window rules applies (default `standard`, `EXIT_WINDOW`): `starknet`
   * (`EXIT_WINDOW_STARKNET`: the upgrade delay less 1 d for the Security Council minority to react, always
   * warning) or `zkstack` (`EXIT_WINDOW_ZKSTACK`: the operator can filter withdrawals at once, None).
   */
  rule?: ExitWindowRule;
};

/** L2BEAT's exit-window functions Faultline models (riskView.ts). */
export type ExitWindowRule = (typeof EXIT_WINDOW_RULES)[number];

/** Time L2BEAT assumes the Security Council minority needs to react (`EXIT_WINDOW_STARKNET`, 1 d). */
const SC_REACTION_S = 86_400;

/** The exit window: seconds (null when unbounded), its text and L2BEAT's sentiment. */
export type ExitWindow = { seconds: number | null; value: string; sentiment: Sentiment };

/**
 * L2BEAT's exit window (l2beat `packages/config/src/common/riskView.ts` @ 95a67bc `EXIT_WINDOW`,
 * `EXIT_WINDOW_STARKNET`, `EXIT_WINDOW_ZKSTACK`, `EXIT_WINDOW_NON_UPGRADABLE`, `EXIT_WINDOW_UNKNOWN`):
 * `upgradeDelay − exitDelay`, with a second upgrade path the smaller window (its sentiment; the text stays
 * the first path's, as L2BEAT writes it); ≤ 0 is "None". Sentiment:
 * < 7 d bad, < 30 d warning, else good; non-upgradeable contracts give ∞ (good), unverified ones
 * "Unknown" (bad). Value texts follow L2BEAT's `formatSeconds` (30 d is `1mo`).
 * @example exitWindow({ upgradeDelaySeconds: 30 * 86400, exitDelaySeconds: 7 * 86400 }) // 23d, warning
 */
export function exitWindow(input: ExitWindowInput): ExitWindow {
  if (input.verified === false) return { seconds: null, value: 'Unknown', sentiment: 'bad' };
  if (input.upgradeable === false) return { seconds: null, value: '∞', sentiment: 'good' };
  if (input.rule === 'zkstack') return { seconds: 0, value: 'None', sentiment: 'bad' };
  if (input.rule === 'starknet') {
    const window = input.upgradeDelaySeconds - SC_REACTION_S;
    return { seconds: Math.max(0, window), value: formatSeconds(window), sentiment: 'warning' };
  }
  if (input.exitDelaySeconds === null) {
    const instant = input.upgradeDelaySeconds === 0 || input.upgradeDelay2Seconds === 0;
    return instant
      ? { seconds: 0, value: 'None', sentiment: 'bad' }
      : { seconds: null, value: 'Unknown', sentiment: 'UnderReview' };
  }
  let window = input.upgradeDelaySeconds - input.exitDelaySeconds;
  const text = window <= 0 ? 'None' : formatSeconds(window);
  if (input.upgradeDelay2Seconds !== undefined) {
    const window2 = input.upgradeDelay2Seconds - input.exitDelaySeconds;
    if (text !== (window2 <= 0 ? 'None' : formatSeconds(window2))) window = Math.min(window, window2);
  }
  const sentiment: Sentiment = window < 7 * DAY_S ? 'bad' : window < 30 * DAY_S ? 'warning' : 'good';
  // L2BEAT's value is the first path's text even when the second path's window is smaller.
  return { seconds: Math.max(0, window), value: text, sentiment };
}
