import type {
  AssetVolatility,
  LendingAccount,
  LendingPosition,
  LendingReserve,
} from '../../model/lending.ts';
import type { LendingReads } from '../lendingReads.ts';
import type { Rows } from './queryRows.ts';

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;

/** The lending reads of the DuckDB store (the imported Aave v3 accounts, positions, reserves, volatilities). */
export function createLendingReads(rows: Rows): LendingReads {
  return {
    lendingAccounts: (market) =>
      rows<LendingAccount>(
        `SELECT market, account, debt_usd AS "debtUsd", collateral_usd AS "collateralUsd", health_factor AS "healthFactor"
         FROM lending_accounts WHERE market = ? ORDER BY debt_usd DESC`,
        [market],
      ),

    lendingDebtReserves: async (market) => {
      const found = await rows<LendingReserve & { account: string }>(
        `SELECT p.account, r.market, r.asset, r.symbol, r.liquidation_threshold AS "liquidationThreshold", r.ltv,
           r.liquidation_bonus AS "liquidationBonus", r.debt_ceiling_usd AS "debtCeilingUsd",
           r.borrowable_in_isolation AS "borrowableInIsolation", r.emode_category AS "emodeCategory",
           r.is_frozen AS "isFrozen", r.borrow_cap AS "borrowCap", r.supply_cap AS "supplyCap"
         FROM lending_positions p JOIN lending_reserves r ON r.market = p.market AND r.asset = p.asset
         WHERE p.market = ? AND p.side = 'debt'
         QUALIFY row_number() OVER (PARTITION BY p.account ORDER BY p.amount_usd DESC) = 1`,
        [market],
      );
      return new Map(found.map(({ account, ...reserve }) => [account, reserve]));
    },

    lendingDebtPositions: async (market) => {
      const found = await rows<LendingPosition>(
        `SELECT market, account, asset, symbol, side, amount, amount_usd AS "amountUsd", price_usd AS "priceUsd"
         FROM lending_positions WHERE market = ? AND side = 'debt'
         QUALIFY row_number() OVER (PARTITION BY account ORDER BY amount_usd DESC) = 1`,
        [market],
      );
      return new Map(found.map((p) => [p.account, p]));
    },

    assetVolatilities: () =>
      rows<AssetVolatility>(
        `SELECT symbol, price_usd AS "priceUsd", daily_volatility AS "dailyVolatility", days, ${DAY('as_of')} AS "asOf"
         FROM asset_volatility ORDER BY symbol`,
      ),
  };
}
