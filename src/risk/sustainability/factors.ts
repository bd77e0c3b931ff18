/**
 * Faultline's sustainability factors and their published weights (MODELS §8: unlike the ghost-chain
 * heuristic it learns from, every weight is public). Each factor turns one signal into a risk in [0, 1];
 * the score is 100 × (1 − Σ weight·risk / Σ weight) over the factors whose signal is known, so an
 * unknown signal is left out and said, never counted as safe or as zero.
 */
export const PROTOCOL_FACTORS = [
  { id: 'drawdownUsd', label: 'drawdown from peak (USD)', unit: 'fraction' },
  { id: 'drawdownNative', label: 'drawdown from peak (ETH)', unit: 'fraction' },
  { id: 'trend30', label: '30-day TVL change', unit: 'fraction' },
  { id: 'trend90', label: '90-day TVL change', unit: 'fraction' },
  { id: 'trend180', label: '180-day TVL change', unit: 'fraction' },
  { id: 'decliningChains', label: 'value on chains whose own TVL fell over 90 days', unit: 'fraction' },
  { id: 'chainConcentration', label: 'value on the largest chain', unit: 'fraction' },
  { id: 'staleness', label: 'days since the last data point', unit: 'days' },
  { id: 'qualityFlags', label: 'data-quality flags in the last 90 days', unit: 'count' },
  { id: 'weakL2Exposure', label: 'value on weak L2s and bridges', unit: 'fraction' },
  {
    id: 'netFlows90',
    label: 'net token flows over 90 days (share of value; price moves excluded)',
    unit: 'fraction',
  },
  { id: 'assetConcentration', label: 'value in the largest token', unit: 'fraction' },
  { id: 'lendingStress', label: "bad debt under ETH −40% (share of the book's debt)", unit: 'fraction' },
  { id: 'incidents', label: 'known incidents in the last 365 days', unit: 'count' },
  { id: 'earnings30', label: '30-day earnings (revenue − incentives) as a share of fees', unit: 'fraction' },
  { id: 'stuckLiquidity', label: 'deposits lent out (utilisation: borrowed / supplied)', unit: 'fraction' },
  { id: 'incentiveDependence', label: 'share of its yield paid by incentives', unit: 'fraction' },
  {
    id: 'oracleStaleness',
    label: 'stale-oracle findings on the feeds it relies on in the last 90 days',
    unit: 'count',
  },
] as const;

/**
 * The ghost-chain score's factors (ghostchains.xyz's heuristic, with its weights published here): the
 * chain's drawdown from its all-time high, its 6-month TVL change, the share of its protocols that left
 * (kept under 10% of what they held there 6 months before), and fees where the store has them.
 */
export const CHAIN_FACTORS = [
  { id: 'drawdownUsd', label: 'drawdown from all-time high (USD)', unit: 'fraction' },
  { id: 'trend180', label: '6-month TVL change', unit: 'fraction' },
  { id: 'protocolsLeaving', label: 'protocols that left in 6 months', unit: 'fraction' },
] as const;

/** The ghost-chain weights. */
export const CHAIN_WEIGHTS = { drawdownUsd: 2, trend180: 2, protocolsLeaving: 1 } as const;

/** One factor's id. */
export type FactorId = (typeof PROTOCOL_FACTORS)[number]['id'] | (typeof CHAIN_FACTORS)[number]['id'];

/** A factor as scored: its id, label and the unit of its signal. */
export type FactorSpec = { readonly id: FactorId; readonly label: string; readonly unit: string };

/** A weight per factor (any scale; the score normalises by the weights of the known factors). */
export type Weights = Readonly<Record<(typeof PROTOCOL_FACTORS)[number]['id'], number>>;

/**
 * Weight sets the backtest chooses from on the training years (`faultline backtest` says which won):
 * `drawdown` leans on the fall from peak, `balanced` weighs every factor alike, `trend` leans on the
 * 30/90/180-day changes.
 */
export const WEIGHT_SETS: Readonly<Record<string, Weights>> = {
  drawdown: {
    drawdownUsd: 3,
    drawdownNative: 1,
    trend30: 1,
    trend90: 2,
    trend180: 1,
    decliningChains: 1,
    chainConcentration: 0.5,
    staleness: 1,
    qualityFlags: 0.5,
    weakL2Exposure: 0.5,
    netFlows90: 1,
    assetConcentration: 0.5,
    lendingStress: 1,
    incidents: 1,
    stuckLiquidity: 1,
    earnings30: 1,
    incentiveDependence: 1,
    oracleStaleness: 1,
  },
  balanced: {
    drawdownUsd: 1,
    drawdownNative: 1,
    trend30: 1,
    trend90: 1,
    trend180: 1,
    decliningChains: 1,
    chainConcentration: 1,
    staleness: 1,
    qualityFlags: 1,
    weakL2Exposure: 1,
    netFlows90: 1,
    assetConcentration: 1,
    lendingStress: 1,
    incidents: 1,
    stuckLiquidity: 1,
    earnings30: 1,
    incentiveDependence: 1,
    oracleStaleness: 1,
  },
  trend: {
    drawdownUsd: 1,
    drawdownNative: 0.5,
    trend30: 2,
    trend90: 3,
    trend180: 2,
    decliningChains: 1,
    chainConcentration: 0.5,
    staleness: 1,
    qualityFlags: 0.5,
    weakL2Exposure: 0.5,
    netFlows90: 1,
    assetConcentration: 0.5,
    lendingStress: 1,
    incidents: 1,
    stuckLiquidity: 1,
    earnings30: 1,
    incentiveDependence: 1,
    oracleStaleness: 1,
  },
};

/**
 * The published weights and watch threshold: the set and threshold with the best F1 on the training
 * months (2021-01 … 2023-12) of the stored history; a test keeps them equal to what the backtest chooses.
 * With the oracle-staleness factor and each chain's weakness taken from the registry's facts of the
 * scored day, `balanced` at 60 leads (train F1 0.724; `drawdown` at 50, 0.691).
 */
export const DEFAULT_WEIGHTS_NAME = 'balanced';
export const DEFAULT_WEIGHTS: Weights = WEIGHT_SETS[DEFAULT_WEIGHTS_NAME] as Weights;

/** Scores below this are on the watchlist (0–100, higher is healthier). */
export const WATCH_THRESHOLD = 60;
