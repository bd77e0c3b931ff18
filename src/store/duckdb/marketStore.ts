import type { Day } from '../../core/day.ts';
import type {
  ChainAccount,
  ChainReserve,
  EvmAddress,
  MarketSnapshot,
  ReservePrice,
  TouchedAccounts,
} from '../../model/chainMarket.ts';
import { decodeReserveConfiguration } from '../../model/reserveConfiguration.ts';
import type { MarketScan, MarketStore } from '../marketStore.ts';
import { marketSnapshotRows } from './loads/marketSnapshotRows.ts';
import type { Session } from './session.ts';

type Row = Record<string, unknown>;
const big = (x: unknown) => BigInt(String(x));
const bigOrNull = (x: unknown) => (x === null || x === undefined ? null : BigInt(String(x)));
const num = (x: unknown) => Number(x);
const SNAPSHOT_TABLES = [
  'market_snapshots',
  'market_reserves',
  'market_prices',
  'market_emodes',
  'market_accounts',
  'market_positions',
];

/** The DuckDB side of `MarketStore` on one session (the store's connection). */
export function createMarketStore(session: Session): MarketStore {
  const { rows, run, tx, inTransaction } = session;
  return {
    async marketScan(market) {
      const [scan] = await rows<Row>('SELECT * FROM market_scans WHERE market = ?', [market]);
      if (!scan) return null;
      const touched: TouchedAccounts = new Map();
      const lastSeen = new Map<EvmAddress, number>();
      for (const r of await rows<Row>(
        'SELECT account, asset, last_block FROM market_scan_accounts WHERE market = ?',
        [market],
      )) {
        const account = r.account as EvmAddress;
        let set = touched.get(account);
        if (!set) {
          set = new Set();
          touched.set(account, set);
        }
        if (r.asset) set.add(r.asset as EvmAddress);
        lastSeen.set(account, Math.max(lastSeen.get(account) ?? 0, num(r.last_block)));
      }
      return {
        market,
        provider: scan.provider as EvmAddress,
        pool: scan.pool as EvmAddress,
        fromBlock: num(scan.from_block),
        scannedTo: num(scan.scanned_to),
        touched,
        lastSeen,
      } satisfies MarketScan;
    },

    async saveMarketScan(scan, touched) {
      await inTransaction(async () => {
        await run(
          'CREATE TEMP TABLE IF NOT EXISTS scan_stage (market VARCHAR, account VARCHAR, asset VARCHAR, last_block BIGINT)',
        );
        await run('DELETE FROM scan_stage');
        const staged: unknown[][] = [];
        for (const [account, assets] of touched) {
          if (assets.size === 0) staged.push([scan.market, account, null, scan.scannedTo]);
          for (const asset of assets) staged.push([scan.market, account, asset, scan.scannedTo]);
        }
        await tx.append(
          'scan_stage',
          [
            ['market', 'varchar'],
            ['account', 'varchar'],
            ['asset', 'varchar'],
            ['last_block', 'bigint'],
          ],
          staged,
        );
        await run(
          `DELETE FROM market_scan_accounts m WHERE EXISTS (SELECT 1 FROM scan_stage s WHERE m.market = s.market
             AND m.account = s.account AND m.asset IS NOT DISTINCT FROM s.asset)`,
        );
        await run('INSERT INTO market_scan_accounts SELECT DISTINCT * FROM scan_stage');
        await run('DELETE FROM market_scans WHERE market = ?', [scan.market]);
        await run('INSERT INTO market_scans VALUES (?, ?, ?, ?, ?)', [
          scan.market,
          scan.provider,
          scan.pool,
          scan.fromBlock,
          scan.scannedTo,
        ]);
      });
    },

    async writeMarketSnapshot(s) {
      await inTransaction(async () => {
        for (const table of SNAPSHOT_TABLES)
          await run(`DELETE FROM ${table} WHERE market = ? AND block = ?`, [s.market, s.block]);
        const q = s.sentinel;
        await run(
          `INSERT INTO market_snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?::DATE, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())`,
          [
            s.market,
            s.block,
            s.chainId,
            s.provider,
            s.pool,
            s.oracle,
            s.blockTimestamp,
            s.day,
            s.baseCurrencyUnit.toString(),
            s.scannedFrom,
            q?.address ?? null,
            q?.sequencerOracle ?? null,
            q?.gracePeriodSeconds ?? null,
            q?.sequencerUp ?? null,
            q?.sequencerUpdatedAt ?? null,
            q?.borrowAllowed ?? null,
            q?.liquidationAllowed ?? null,
          ],
        );
        for (const t of marketSnapshotRows(s)) await tx.append(t.table, t.columns, t.rows);
      });
    },

    async marketSnapshot(market, block) {
      const [head] = await rows<Row>(
        `SELECT *, strftime(day, '%Y-%m-%d') AS day_text FROM market_snapshots
         WHERE market = ? AND block <= ? ORDER BY block DESC LIMIT 1`,
        [market, block ?? Number.MAX_SAFE_INTEGER],
      );
      if (!head) return null;
      const at = [market, num(head.block)];
      const where = 'WHERE market = ? AND block = ?';
      const reserves = (await rows<Row>(`SELECT * FROM market_reserves ${where} ORDER BY id`, at)).map(
        reserveOf,
      );
      const prices = (await rows<Row>(`SELECT * FROM market_prices ${where}`, at)).map(priceOf);
      const emodes = (await rows<Row>(`SELECT * FROM market_emodes ${where} ORDER BY id`, at)).map((e) => ({
        id: num(e.id),
        label: String(e.label),
        ltvBps: num(e.ltv_bps),
        liquidationThresholdBps: num(e.liquidation_threshold_bps),
        liquidationBonusBps: num(e.liquidation_bonus_bps),
        priceSource: e.price_source as EvmAddress,
        sourcePrice: bigOrNull(e.source_price),
      }));
      const positions = new Map<string, ChainAccount['positions']>();
      for (const p of await rows<Row>(
        `SELECT * FROM market_positions ${where} ORDER BY account, asset`,
        at,
      )) {
        const list = positions.get(String(p.account)) ?? [];
        list.push({
          asset: p.asset as EvmAddress,
          scaledATokenBalance: big(p.scaled_a_token),
          scaledVariableDebt: big(p.scaled_variable_debt),
          stableDebt:
            p.stable_principal === null
              ? null
              : {
                  principal: big(p.stable_principal),
                  rate: big(p.stable_rate),
                  updatedAt: num(p.stable_updated_at),
                },
        });
        positions.set(String(p.account), list);
      }
      const accounts = (await rows<Row>(`SELECT * FROM market_accounts ${where} ORDER BY account`, at)).map(
        (a): ChainAccount => ({
          address: a.account as EvmAddress,
          emodeCategory: num(a.emode_category),
          userConfiguration: big(a.user_configuration),
          positions: positions.get(String(a.account)) ?? [],
          accountData:
            a.health_factor === null
              ? null
              : {
                  totalCollateralBase: big(a.total_collateral_base),
                  totalDebtBase: big(a.total_debt_base),
                  availableBorrowsBase: big(a.available_borrows_base),
                  currentLiquidationThreshold: big(a.current_liquidation_threshold),
                  ltv: big(a.ltv),
                  healthFactor: big(a.health_factor),
                },
          accountDataBlock: num(a.account_data_block),
        }),
      );
      return {
        market,
        chainId: num(head.chain_id),
        provider: head.provider as EvmAddress,
        pool: head.pool as EvmAddress,
        oracle: head.oracle as EvmAddress,
        block: num(head.block),
        blockTimestamp: num(head.block_time),
        day: head.day_text as Day,
        baseCurrencyUnit: big(head.base_currency_unit),
        reserves,
        prices,
        emodes,
        sentinel:
          head.sentinel === null
            ? null
            : {
                address: head.sentinel as EvmAddress,
                sequencerOracle: head.sequencer_oracle as EvmAddress,
                gracePeriodSeconds: num(head.grace_period_seconds),
                sequencerUp: head.sequencer_up === true,
                sequencerUpdatedAt: num(head.sequencer_updated_at),
                borrowAllowed: head.borrow_allowed === true,
                liquidationAllowed: head.liquidation_allowed === true,
              },
        accounts,
        scannedFrom: num(head.scanned_from),
      } satisfies MarketSnapshot;
    },

    async marketSnapshots() {
      const found = await rows<Row>(
        `SELECT s.market, s.chain_id, s.block, strftime(s.day, '%Y-%m-%d') AS day,
           (SELECT count(*) FROM market_reserves r WHERE r.market = s.market AND r.block = s.block) AS reserves,
           (SELECT count(*) FROM market_accounts a WHERE a.market = s.market AND a.block = s.block) AS accounts
         FROM market_snapshots s ORDER BY s.market, s.block DESC`,
      );
      return found.map((r) => ({
        market: String(r.market),
        chainId: num(r.chain_id),
        block: num(r.block),
        day: r.day as Day,
        reserves: num(r.reserves),
        accounts: num(r.accounts),
      }));
    },
  };
}

function reserveOf(r: Row): ChainReserve {
  const raw = big(r.configuration);
  const strategy =
    r.optimal_usage_ratio === null
      ? null
      : {
          optimalUsageRatio: big(r.optimal_usage_ratio),
          baseVariableBorrowRate: big(r.base_variable_borrow_rate),
          variableRateSlope1: big(r.variable_rate_slope1),
          variableRateSlope2: big(r.variable_rate_slope2),
        };
  return {
    asset: r.asset as EvmAddress,
    symbol: String(r.symbol),
    id: num(r.id),
    aToken: r.a_token as EvmAddress,
    stableDebtToken: r.stable_debt_token as EvmAddress,
    variableDebtToken: r.variable_debt_token as EvmAddress,
    interestRateStrategy: r.rate_strategy as EvmAddress,
    configurationRaw: raw,
    configuration: decodeReserveConfiguration(raw),
    liquidityIndex: big(r.liquidity_index),
    variableBorrowIndex: big(r.variable_borrow_index),
    liquidityRate: big(r.liquidity_rate),
    variableBorrowRate: big(r.variable_borrow_rate),
    stableBorrowRate: big(r.stable_borrow_rate),
    lastUpdateTimestamp: num(r.last_update),
    accruedToTreasuryScaled: big(r.accrued_to_treasury_scaled),
    unbacked: big(r.unbacked),
    isolationModeTotalDebt: big(r.isolation_mode_total_debt),
    totalSupplied: big(r.total_supplied),
    totalVariableDebt: big(r.total_variable_debt),
    totalStableDebt: big(r.total_stable_debt),
    availableLiquidity: big(r.available_liquidity),
    strategy,
  };
}

function priceOf(p: Row): ReservePrice {
  return {
    asset: p.asset as EvmAddress,
    price: bigOrNull(p.price),
    source: (p.source as EvmAddress | null) ?? null,
    feed:
      p.round_id === null
        ? null
        : {
            decimals: num(p.feed_decimals),
            description: String(p.feed_description ?? ''),
            roundId: big(p.round_id),
            answer: big(p.answer),
            updatedAt: num(p.updated_at),
            heartbeatSeconds: p.heartbeat_seconds === null ? null : num(p.heartbeat_seconds),
            ageSeconds: num(p.age_seconds),
            stale: p.stale === true,
          },
    problem: (p.problem as string | null) ?? null,
  };
}
