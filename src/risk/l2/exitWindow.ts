import type { Sentiment } from '../../model/l2-risk.ts';

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
};

/** The exit window: seconds (null when unbounded), its text and L2BEAT's sentiment. */
export type ExitWindow = { seconds: number | null; value: string; sentiment: Sentiment };

/**
 * L2BEAT's exit window (l2beat `riskView.ts` `EXIT_WINDOW`): `upgradeDelay − exitDelay`, with a second
 * upgrade path the smaller window; ≤ 0 is "None". Sentiment: < 7 d bad, < 30 d warning, else good;
 * non-upgradeable contracts give ∞ (good), unverified ones bad.
 * @example exitWindow({ upgradeDelaySeconds: 30 * 86400, exitDelaySeconds: 7 * 86400 }) // 23d, warning
 */
export function exitWindow(input: ExitWindowInput): ExitWindow {
  if (input.verified === false) return { seconds: null, value: 'Unverified', sentiment: 'bad' };
  if (input.upgradeable === false) return { seconds: null, value: '∞', sentiment: 'good' };
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
  return { seconds: Math.max(0, window), value: window <= 0 ? 'None' : formatSeconds(window), sentiment };
}

/** Seconds as L2BEAT writes them: whole days (`23d`), else hours, minutes or seconds. */
export function formatSeconds(seconds: number): string {
  if (seconds % DAY_S === 0) return `${seconds / DAY_S}d`;
  if (seconds >= DAY_S) return `${Math.floor(seconds / DAY_S)}d ${Math.floor((seconds % DAY_S) / 3600)}h`;
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)}h`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)}m`;
  return `${seconds}s`;
}
