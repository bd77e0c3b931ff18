import type { Day } from '../core/day.ts';

/** A 0x-prefixed EVM address as the chain returns it (EIP-55 checksummed). */
export type EvmAddress = `0x${string}`;

/**
 * An Aave v3 `ReserveConfigurationMap` decoded (aave-v3-core `ReserveConfiguration.sol` bit layout).
 * Ratios in basis points (8300 = 83%); the bonus in bps over 100% (10500 = 5% bonus); caps in whole tokens
 * (0 = none); the isolation debt ceiling in USD cents (2 decimals; 0 = not isolated).
 */
export type ReserveConfiguration = {
  ltvBps: number;
  liquidationThresholdBps: number;
  liquidationBonusBps: number;
  decimals: number;
  active: boolean;
  frozen: boolean;
  borrowingEnabled: boolean;
  stableBorrowingEnabled: boolean;
  paused: boolean;
  borrowableInIsolation: boolean;
  siloedBorrowing: boolean;
  flashLoanEnabled: boolean;
  reserveFactorBps: number;
  borrowCap: number;
  supplyCap: number;
  liquidationProtocolFeeBps: number;
  emodeCategory: number;
  unbackedMintCap: number;
  debtCeilingCents: number;
};

/** A reserve's `DefaultReserveInterestRateStrategy` parameters, in ray (1e27 = 100% a year). */
export type RateStrategy = {
  optimalUsageRatio: bigint;
  baseVariableBorrowRate: bigint;
  variableRateSlope1: bigint;
  variableRateSlope2: bigint;
};

/**
 * One reserve of a market at a block (Pool.getReserveData and its tokens). Indexes and rates in ray;
 * amounts in the asset's smallest unit; `lastUpdateTimestamp` in unix seconds.
 */
export type ChainReserve = {
  asset: EvmAddress;
  symbol: string;
  /** The reserve's index in the pool's list (its bit pair in a user configuration). */
  id: number;
  aToken: EvmAddress;
  stableDebtToken: EvmAddress;
  variableDebtToken: EvmAddress;
  interestRateStrategy: EvmAddress;
  /** The raw configuration bitmap, and its decoding. */
  configurationRaw: bigint;
  configuration: ReserveConfiguration;
  liquidityIndex: bigint;
  variableBorrowIndex: bigint;
  liquidityRate: bigint;
  variableBorrowRate: bigint;
  stableBorrowRate: bigint;
  lastUpdateTimestamp: number;
  accruedToTreasuryScaled: bigint;
  unbacked: bigint;
  /** Isolation-mode debt against this asset, USD cents. */
  isolationModeTotalDebt: bigint;
  /** aToken total supply at the block (principal and interest). */
  totalSupplied: bigint;
  totalVariableDebt: bigint;
  totalStableDebt: bigint;
  /** Underlying held by the aToken: what suppliers can withdraw right now. */
  availableLiquidity: bigint;
  /** Null when the strategy does not answer the v3.0 getters (another strategy contract). */
  strategy: RateStrategy | null;
};

/** An e-mode category (Pool.getEModeCategoryData); ratios in bps as in `ReserveConfiguration`. */
export type ChainEmode = {
  id: number;
  label: string;
  ltvBps: number;
  liquidationThresholdBps: number;
  liquidationBonusBps: number;
  /** The category's own price source, or the zero address. */
  priceSource: EvmAddress;
  /** The oracle's price of that source (base currency units); null without one. */
  sourcePrice: bigint | null;
};

/** A Chainlink-style feed behind an oracle source (AggregatorV3 `latestRoundData`), read at the block. */
export type FeedRound = {
  decimals: number;
  description: string;
  roundId: bigint;
  answer: bigint;
  /** Unix seconds of the round's last update. */
  updatedAt: number;
  /** The feed's heartbeat (from the configured table or given per feed); null when unknown. */
  heartbeatSeconds: number | null;
  /** Block time minus `updatedAt`, seconds. */
  ageSeconds: number;
  /** True when older than the heartbeat. */
  stale: boolean;
};

/** A reserve's price as the market's oracle gives it, in the oracle's base currency unit. */
export type ReservePrice = {
  asset: EvmAddress;
  /** Null when the oracle gave no usable price (then `problem` says why). */
  price: bigint | null;
  source: EvmAddress | null;
  feed: FeedRound | null;
  problem: string | null;
};

/** A market's `PriceOracleSentinel` and the L2 sequencer feed it reads. */
export type SentinelState = {
  address: EvmAddress;
  sequencerOracle: EvmAddress;
  gracePeriodSeconds: number;
  sequencerUp: boolean;
  /** When the sequencer feed last changed state (unix seconds). */
  sequencerUpdatedAt: number;
  borrowAllowed: boolean;
  liquidationAllowed: boolean;
};

/** A user's stable-rate debt in one reserve: principal, its rate (ray) and when it last changed. */
export type StableDebt = { principal: bigint; rate: bigint; updatedAt: number };

/** One account's holdings in one reserve: scaled balances (divide by nothing; multiply by the index). */
export type ChainPosition = {
  asset: EvmAddress;
  scaledATokenBalance: bigint;
  scaledVariableDebt: bigint;
  stableDebt: StableDebt | null;
};

/** `Pool.getUserAccountData` as the contract answers it: base currency amounts, bps, HF in wad. */
export type AccountData = {
  totalCollateralBase: bigint;
  totalDebtBase: bigint;
  availableBorrowsBase: bigint;
  currentLiquidationThreshold: bigint;
  ltv: bigint;
  healthFactor: bigint;
};

/** One account of a market at a block. */
export type ChainAccount = {
  address: EvmAddress;
  emodeCategory: number;
  /** The user configuration bitmap: bit 2i borrowing, bit 2i+1 collateral, for reserve id i. */
  userConfiguration: bigint;
  positions: ChainPosition[];
  /** The contract's own figures (a cross-check), null when the call failed. */
  accountData: AccountData | null;
  /** The block `accountData` was read at (older than the snapshot for an account an incremental read carried over). */
  accountDataBlock: number;
};

/**
 * A lending market read from the chain at one block: every reserve, price, e-mode category, the
 * sentinel, and every account the pool's events name. Amounts are integers in the chain's units.
 */
export type MarketSnapshot = {
  market: string;
  chainId: number;
  provider: EvmAddress;
  pool: EvmAddress;
  oracle: EvmAddress;
  block: number;
  /** Unix seconds of the block. */
  blockTimestamp: number;
  day: Day;
  /** The oracle's unit of account: 1e8 for USD on Aave v3. */
  baseCurrencyUnit: bigint;
  reserves: ChainReserve[];
  prices: ReservePrice[];
  emodes: ChainEmode[];
  sentinel: SentinelState | null;
  accounts: ChainAccount[];
  /** The blocks the pool's events were scanned over to find the accounts. */
  scannedFrom: number;
};

/** Accounts a block range of the pool's events names, each with the reserves (assets) it touched there. */
export type TouchedAccounts = Map<EvmAddress, Set<EvmAddress>>;
