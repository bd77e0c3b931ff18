import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_DATA } from '../dataDir.ts';

/** One reserve of an Aave governance config report (bgd-labs/aave-proposals-v3 `reports/*.json`); ratios in bps. */
export type ReportReserve = {
  symbol: string;
  decimals: number;
  ltv: number;
  liquidationThreshold: number;
  liquidationBonus: number;
  liquidationProtocolFee: number;
  reserveFactor: number;
  /** Whole tokens; 0 = no cap. */
  supplyCap: number;
  borrowCap: number;
  /** USD with 2 decimals (Aave's unit); 0 = not isolated. */
  debtCeiling: number;
  eModeCategory: number;
  borrowingEnabled: boolean;
  stableBorrowRateEnabled: boolean;
  usageAsCollateralEnabled: boolean;
  isBorrowableInIsolation: boolean;
  isFlashloanable: boolean;
  isSiloed: boolean;
  /** The Chainlink answer on the report's day, 8 decimals (USD). */
  oracleLatestAnswer: bigint;
  oracleDescription: string;
  interestRateStrategy: string;
};

/** A `DefaultReserveInterestRateStrategy`'s parameters as the report lists them, in ray (1e27). */
export type ReportStrategy = {
  optimalUsageRatio: bigint;
  baseVariableBorrowRate: bigint;
  variableRateSlope1: bigint;
  variableRateSlope2: bigint;
  stableRateSlope1: bigint;
  stableRateSlope2: bigint;
  baseStableBorrowRate: bigint;
  optimalStableToTotalDebtRatio: bigint;
};

export type ReportEmode = {
  id: number;
  label: string;
  ltv: number;
  liquidationThreshold: number;
  liquidationBonus: number;
};

export type ConfigReport = {
  file: string;
  chainId: number;
  reserves: Map<string, ReportReserve>;
  strategies: Map<string, ReportStrategy>;
  emodes: ReportEmode[];
};

/** The report of Aave v3 Ethereum on 2023-10-31, from the real data folder. */
export const ETHEREUM_REPORT = join(REAL_DATA, 'aave-v3/config-reports/aave-v3-ethereum_2023-10-31.json');

const big = (v: unknown, where: string): bigint => {
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  throw new Error(`${where}: expected an integer, got ${JSON.stringify(v)}`);
};

/**
 * Reads a config report, keeping ray-sized integers exact (the file writes 3e27 as a bare JSON number,
 * which `JSON.parse` would round): every integer of 16 digits or more is read as a bigint.
 */
export function readConfigReport(file = ETHEREUM_REPORT): ConfigReport {
  const text = readFileSync(file, 'utf8').replace(/(:\s*)(\d{16,})(?=\s*[,}\]])/g, '$1"$2"');
  const raw = JSON.parse(text) as {
    chainId: number;
    eModes: Record<string, Record<string, unknown>>;
    reserves: Record<string, Record<string, unknown>>;
    strategies: Record<string, Record<string, unknown>>;
  };
  const reserves = new Map<string, ReportReserve>();
  for (const [address, r] of Object.entries(raw.reserves)) {
    const symbol = String(r.symbol);
    const num = (k: string) => Number(big(r[k], `${file} ${symbol}.${k}`));
    reserves.set(symbol, {
      symbol,
      decimals: num('decimals'),
      ltv: num('ltv'),
      liquidationThreshold: num('liquidationThreshold'),
      liquidationBonus: num('liquidationBonus'),
      liquidationProtocolFee: num('liquidationProtocolFee'),
      reserveFactor: num('reserveFactor'),
      supplyCap: num('supplyCap'),
      borrowCap: num('borrowCap'),
      debtCeiling: num('debtCeiling'),
      eModeCategory: num('eModeCategory'),
      borrowingEnabled: r.borrowingEnabled === true,
      stableBorrowRateEnabled: r.stableBorrowRateEnabled === true,
      usageAsCollateralEnabled: r.usageAsCollateralEnabled === true,
      isBorrowableInIsolation: r.isBorrowableInIsolation === true,
      isFlashloanable: r.isFlashloanable === true,
      isSiloed: r.isSiloed === true,
      oracleLatestAnswer: big(r.oracleLatestAnswer, `${file} ${symbol}.oracleLatestAnswer`),
      oracleDescription: String(r.oracleDescription),
      interestRateStrategy: String(r.interestRateStrategy ?? address),
    });
  }
  const strategies = new Map<string, ReportStrategy>();
  for (const [address, s] of Object.entries(raw.strategies)) {
    const b = (k: string) => big(s[k], `${file} strategy ${address}.${k}`);
    strategies.set(address, {
      optimalUsageRatio: b('optimalUsageRatio'),
      baseVariableBorrowRate: b('baseVariableBorrowRate'),
      variableRateSlope1: b('variableRateSlope1'),
      variableRateSlope2: b('variableRateSlope2'),
      stableRateSlope1: b('stableRateSlope1'),
      stableRateSlope2: b('stableRateSlope2'),
      baseStableBorrowRate: b('baseStableBorrowRate'),
      optimalStableToTotalDebtRatio: b('optimalStableToTotalDebtRatio'),
    });
  }
  const emodes = Object.values(raw.eModes).map((e) => ({
    id: Number(e.eModeCategory),
    label: String(e.label),
    ltv: Number(e.ltv),
    liquidationThreshold: Number(e.liquidationThreshold),
    liquidationBonus: Number(e.liquidationBonus),
  }));
  return { file, chainId: raw.chainId, reserves, strategies, emodes };
}
