import { type Address, keccak256, toHex, zeroAddress } from 'viem';
import { type AnvilClient, deploy, send } from './anvilClient.ts';
import { aaveArtifact, mockV3Aggregator } from './artifacts.ts';
import type { ConfigReport, ReportReserve } from './configReport.ts';

/** The compiled contracts the market is made of (`@aave/core-v3` 1.19.3 = Aave v3.0.x). */
export const A = {
  provider: aaveArtifact('protocol/configuration/PoolAddressesProvider.sol/PoolAddressesProvider.json'),
  acl: aaveArtifact('protocol/configuration/ACLManager.sol/ACLManager.json'),
  pool: aaveArtifact('protocol/pool/Pool.sol/Pool.json'),
  configurator: aaveArtifact('protocol/pool/PoolConfigurator.sol/PoolConfigurator.json'),
  dataProvider: aaveArtifact('misc/AaveProtocolDataProvider.sol/AaveProtocolDataProvider.json'),
  oracle: aaveArtifact('misc/AaveOracle.sol/AaveOracle.json'),
  erc20: aaveArtifact('mocks/tokens/MintableERC20.sol/MintableERC20.json'),
  aToken: aaveArtifact('protocol/tokenization/AToken.sol/AToken.json'),
  variableDebt: aaveArtifact('protocol/tokenization/VariableDebtToken.sol/VariableDebtToken.json'),
  stableDebt: aaveArtifact('protocol/tokenization/StableDebtToken.sol/StableDebtToken.json'),
  strategy: aaveArtifact(
    'protocol/pool/DefaultReserveInterestRateStrategy.sol/DefaultReserveInterestRateStrategy.json',
  ),
  sentinel: aaveArtifact('protocol/configuration/PriceOracleSentinel.sol/PriceOracleSentinel.json'),
  sequencer: aaveArtifact('mocks/oracle/SequencerOracle.sol/SequencerOracle.json'),
  feed: mockV3Aggregator(),
};

const LIBRARIES = [
  'SupplyLogic',
  'BorrowLogic',
  'LiquidationLogic',
  'EModeLogic',
  'BridgeLogic',
  'PoolLogic',
  'ConfiguratorLogic',
] as const;

/** One deployed reserve: its token, Aave's three tokens for it, its Chainlink-style feed, the report's parameters. */
export type DeployedReserve = {
  symbol: string;
  asset: Address;
  aToken: Address;
  variableDebtToken: Address;
  stableDebtToken: Address;
  feed: Address;
  decimals: number;
  params: ReportReserve;
};

/** Addresses of a deployed Aave v3 market. */
export type DeployedMarket = {
  admin: Address;
  treasury: Address;
  provider: Address;
  pool: Address;
  configurator: Address;
  oracle: Address;
  dataProvider: Address;
  sentinel: Address;
  sequencerOracle: Address;
  reserves: Map<string, DeployedReserve>;
  /** The block the provider was deployed in (the first a scan needs). */
  deployBlock: bigint;
};

/** The address that receives protocol fees (aToken `RESERVE_TREASURY_ADDRESS`). */
export const TREASURY: Address = '0x00000000000000000000000000000000007ea5e7';

/**
 * Deploys the real Aave v3.0.x contracts (libraries linked) and lists `symbols` with the parameters of
 * the config report: LTV, threshold, bonus, protocol fee, reserve factor, caps, isolation debt ceiling,
 * borrowable-in-isolation, e-mode category, flash loans, and each reserve's own rate strategy. Prices
 * come from one `MockV3Aggregator` per reserve at the report's answer. A `PriceOracleSentinel` reading a
 * `SequencerOracle` (up, grace period 1 h) is registered on the provider, as on an L2 market.
 */
export async function deployMarket(
  client: AnvilClient,
  report: ConfigReport,
  symbols: readonly string[],
): Promise<DeployedMarket> {
  const [admin] = await client.getAddresses();
  if (!admin) throw new Error('anvil has no unlocked account');
  const deployBlock = await client.getBlockNumber();
  const provider = await deploy(client, admin, A.provider, ['Faultline Test Market', admin]);
  await send(client, admin, provider, A.provider.abi, 'setACLAdmin', [admin]);
  const acl = await deploy(client, admin, A.acl, [provider]);
  await send(client, admin, provider, A.provider.abi, 'setACLManager', [acl]);
  for (const role of ['addPoolAdmin', 'addEmergencyAdmin', 'addRiskAdmin'])
    await send(client, admin, acl, A.acl.abi, role, [admin]);
  // The seeder supplies on behalf of accounts: only this role's holder enables an isolated asset as
  // collateral as a side effect (ValidationLogic.validateAutomaticUseAsCollateral).
  await send(client, admin, acl, A.acl.abi, 'grantRole', [
    keccak256(toHex('ISOLATED_COLLATERAL_SUPPLIER')),
    admin,
  ]);

  const libs: Record<string, Address> = {};
  for (const name of LIBRARIES)
    libs[name] = await deploy(
      client,
      admin,
      aaveArtifact(`protocol/libraries/logic/${name}.sol/${name}.json`),
    );
  libs.FlashLoanLogic = await deploy(
    client,
    admin,
    aaveArtifact('protocol/libraries/logic/FlashLoanLogic.sol/FlashLoanLogic.json'),
    [],
    libs,
  );
  const poolImpl = await deploy(client, admin, A.pool, [provider], libs);
  await send(client, admin, poolImpl, A.pool.abi, 'initialize', [provider]);
  await send(client, admin, provider, A.provider.abi, 'setPoolImpl', [poolImpl]);
  const pool = (await client.readContract({
    address: provider,
    abi: A.provider.abi,
    functionName: 'getPool',
  })) as Address;
  const configuratorImpl = await deploy(client, admin, A.configurator, [], libs);
  await send(client, admin, configuratorImpl, A.configurator.abi, 'initialize', [provider]);
  await send(client, admin, provider, A.provider.abi, 'setPoolConfiguratorImpl', [configuratorImpl]);
  const configurator = (await client.readContract({
    address: provider,
    abi: A.provider.abi,
    functionName: 'getPoolConfigurator',
  })) as Address;
  const dataProvider = await deploy(client, admin, A.dataProvider, [provider]);
  await send(client, admin, provider, A.provider.abi, 'setPoolDataProvider', [dataProvider]);

  const listed = symbols.map((symbol) => {
    const params = report.reserves.get(symbol);
    if (!params) throw new Error(`${report.file} has no reserve ${symbol}`);
    return params;
  });
  const tokens: Address[] = [];
  const feeds: Address[] = [];
  for (const r of listed) {
    tokens.push(await deploy(client, admin, A.erc20, [r.symbol, r.symbol, r.decimals]));
    feeds.push(await deploy(client, admin, A.feed, [8, r.oracleLatestAnswer]));
  }
  const oracle = await deploy(client, admin, A.oracle, [
    provider,
    tokens,
    feeds,
    zeroAddress,
    zeroAddress,
    10n ** 8n,
  ]);
  await send(client, admin, provider, A.provider.abi, 'setPriceOracle', [oracle]);

  const aImpl = await deploy(client, admin, A.aToken, [pool]);
  const vImpl = await deploy(client, admin, A.variableDebt, [pool]);
  const sImpl = await deploy(client, admin, A.stableDebt, [pool]);
  const strategies = new Map<string, Address>();
  for (const r of listed) {
    if (strategies.has(r.interestRateStrategy)) continue;
    const s = report.strategies.get(r.interestRateStrategy);
    if (!s) throw new Error(`${report.file} has no strategy ${r.interestRateStrategy} (${r.symbol})`);
    // DefaultReserveInterestRateStrategy (v3.0.x) takes the stable base as an offset over slope 1
    // (getBaseStableBorrowRate = slope1 + offset); the report has no excess offset: 0.
    const address = await deploy(client, admin, A.strategy, [
      provider,
      s.optimalUsageRatio,
      s.baseVariableBorrowRate,
      s.variableRateSlope1,
      s.variableRateSlope2,
      s.stableRateSlope1,
      s.stableRateSlope2,
      s.baseStableBorrowRate - s.variableRateSlope1,
      0n,
      s.optimalStableToTotalDebtRatio,
    ]);
    strategies.set(r.interestRateStrategy, address);
  }
  await send(client, admin, configurator, A.configurator.abi, 'initReserves', [
    listed.map((r, i) => ({
      aTokenImpl: aImpl,
      stableDebtTokenImpl: sImpl,
      variableDebtTokenImpl: vImpl,
      underlyingAssetDecimals: r.decimals,
      interestRateStrategyAddress: strategies.get(r.interestRateStrategy),
      underlyingAsset: tokens[i],
      treasury: TREASURY,
      incentivesController: zeroAddress,
      aTokenName: `Aave ${r.symbol}`,
      aTokenSymbol: `a${r.symbol}`,
      variableDebtTokenName: `Variable Debt ${r.symbol}`,
      variableDebtTokenSymbol: `variableDebt${r.symbol}`,
      stableDebtTokenName: `Stable Debt ${r.symbol}`,
      stableDebtTokenSymbol: `stableDebt${r.symbol}`,
      params: '0x',
    })),
  ]);
  const c = (fn: string, args: readonly unknown[]) =>
    send(client, admin, configurator, A.configurator.abi, fn, args);
  for (const [i, r] of listed.entries()) {
    const asset = tokens[i] as Address;
    if (r.usageAsCollateralEnabled)
      await c('configureReserveAsCollateral', [asset, r.ltv, r.liquidationThreshold, r.liquidationBonus]);
    await c('setReserveBorrowing', [asset, r.borrowingEnabled]);
    await c('setReserveFactor', [asset, r.reserveFactor]);
    await c('setSupplyCap', [asset, r.supplyCap]);
    await c('setBorrowCap', [asset, r.borrowCap]);
    await c('setLiquidationProtocolFee', [asset, r.liquidationProtocolFee]);
    await c('setReserveFlashLoaning', [asset, r.isFlashloanable]);
    if (r.debtCeiling > 0) await c('setDebtCeiling', [asset, r.debtCeiling]);
    if (r.isBorrowableInIsolation) await c('setBorrowableInIsolation', [asset, true]);
    if (r.isSiloed) await c('setSiloedBorrowing', [asset, true]);
  }
  for (const e of report.emodes) {
    if (!listed.some((r) => r.eModeCategory === e.id)) continue;
    await c('setEModeCategory', [
      e.id,
      e.ltv,
      e.liquidationThreshold,
      e.liquidationBonus,
      zeroAddress,
      e.label,
    ]);
    for (const [i, r] of listed.entries())
      if (r.eModeCategory === e.id) await c('setAssetEModeCategory', [tokens[i], e.id]);
  }

  const sequencerOracle = await deploy(client, admin, A.sequencer, [admin]);
  await send(client, admin, sequencerOracle, A.sequencer.abi, 'setAnswer', [false, 0n]);
  const sentinel = await deploy(client, admin, A.sentinel, [provider, sequencerOracle, 3600n]);
  await send(client, admin, provider, A.provider.abi, 'setPriceOracleSentinel', [sentinel]);

  const reserves = new Map<string, DeployedReserve>();
  for (const [i, r] of listed.entries()) {
    const asset = tokens[i] as Address;
    const data = (await client.readContract({
      address: pool,
      abi: A.pool.abi,
      functionName: 'getReserveData',
      args: [asset],
    })) as { aTokenAddress: Address; variableDebtTokenAddress: Address; stableDebtTokenAddress: Address };
    reserves.set(r.symbol, {
      symbol: r.symbol,
      asset,
      aToken: data.aTokenAddress,
      variableDebtToken: data.variableDebtTokenAddress,
      stableDebtToken: data.stableDebtTokenAddress,
      feed: feeds[i] as Address,
      decimals: r.decimals,
      params: r,
    });
  }
  return {
    admin,
    treasury: TREASURY,
    provider,
    pool,
    configurator,
    oracle,
    dataProvider,
    sentinel,
    sequencerOracle,
    reserves,
    deployBlock,
  };
}
