// src/risk/l2/exitWindow.ts
var DAY_S = 86400;
function exitWindow(input) {
  if (input.verified === false) return { seconds: null, value: "Unverified", sentiment: "bad" };
  if (input.upgradeable === false) return { seconds: null, value: "\u221E", sentiment: "good" };
  if (input.exitDelaySeconds === null) {
    const instant = input.upgradeDelaySeconds === 0 || input.upgradeDelay2Seconds === 0;
    return instant ? { seconds: 0, value: "None", sentiment: "bad" } : { seconds: null, value: "Unknown", sentiment: "UnderReview" };
  }
  let window = input.upgradeDelaySeconds - input.exitDelaySeconds;
  const text = window <= 0 ? "None" : formatSeconds(window);
  if (input.upgradeDelay2Seconds !== void 0) {
    const window2 = input.upgradeDelay2Seconds - input.exitDelaySeconds;
    if (text !== (window2 <= 0 ? "None" : formatSeconds(window2))) window = Math.min(window, window2);
  }
  const sentiment = window < 7 * DAY_S ? "bad" : window < 30 * DAY_S ? "warning" : "good";
  return { seconds: Math.max(0, window), value: window <= 0 ? "None" : formatSeconds(window), sentiment };
}
function formatSeconds(seconds) {
  if (seconds % DAY_S === 0) return `${seconds / DAY_S}d`;
  if (seconds >= DAY_S) return `${Math.floor(seconds / DAY_S)}d ${Math.floor(seconds % DAY_S / 3600)}h`;
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)}h`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)}m`;
  return `${seconds}s`;
}
export {
  exitWindow,
  formatSeconds
};
