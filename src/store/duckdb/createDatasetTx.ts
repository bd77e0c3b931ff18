import type { DatasetTx, RowFlag } from '../loadTx.ts';
import { createLoadTx } from './createLoadTx.ts';
import { loadAssetVolatility } from './loads/loadAssetVolatility.ts';
import { loadBtcStakingMonthly } from './loads/loadBtcStakingMonthly.ts';
import { loadChainTvlDaily } from './loads/loadChainTvlDaily.ts';
import { loadChainTvlMonthly } from './loads/loadChainTvlMonthly.ts';
import { loadLendingAccounts } from './loads/loadLendingAccounts.ts';
import { loadLendingPositions } from './loads/loadLendingPositions.ts';
import { loadPoolHistory } from './loads/loadPoolHistory.ts';
import { loadPoolsSnapshot } from './loads/loadPoolsSnapshot.ts';
import { loadPricesDaily } from './loads/loadPricesDaily.ts';
import { loadProtocolChainTvlDaily } from './loads/loadProtocolChainTvlDaily.ts';
import { loadProtocolChainTvlMonthly } from './loads/loadProtocolChainTvlMonthly.ts';
import { loadReserveRates } from './loads/loadReserveRates.ts';
import { loadRestakingTokens } from './loads/loadRestakingTokens.ts';
import { loadRestakingTotals } from './loads/loadRestakingTotals.ts';
import { loadStablecoinSupply } from './loads/loadStablecoinSupply.ts';
import type { StageTx } from './loads/validateStaged.ts';
import type { SqlTx } from './session.ts';

/**
 * A dataset load's transaction on `tx`: the typed writes, the staged loads (DuckDB reads the file:
 * `read_csv`, `read_parquet`), and `flagRow`, which reports each row a load keeps out.
 */
export function createDatasetTx(sql: SqlTx, flagRow: (flag: RowFlag) => void): DatasetTx {
  const tx: StageTx = { ...sql, flagRow };
  return {
    ...createLoadTx(sql),
    flagRow,
    loadChainTvlDaily: (dataset, file) => loadChainTvlDaily(tx, dataset, file),
    loadProtocolChainTvlDaily: (dataset, file) => loadProtocolChainTvlDaily(tx, dataset, file),
    loadChainTvlMonthly: (dataset, file) => loadChainTvlMonthly(tx, dataset, file),
    loadProtocolChainTvlMonthly: (dataset, file) => loadProtocolChainTvlMonthly(tx, dataset, file),
    loadBtcStakingMonthly: (dataset, file) => loadBtcStakingMonthly(tx, dataset, file),
    loadPricesDaily: (dataset, file, asset) => loadPricesDaily(tx, dataset, file, asset),
    loadStablecoinSupply: (dataset, file) => loadStablecoinSupply(tx, dataset, file),
    loadLendingAccounts: (dataset, file, market, asOf) =>
      loadLendingAccounts(tx, dataset, file, market, asOf),
    loadLendingPositions: (dataset, file, market) => loadLendingPositions(tx, dataset, file, market),
    loadAssetVolatility: (dataset, file, asOf) => loadAssetVolatility(tx, dataset, file, asOf),
    loadRestakingTotals: (dataset, file, products) => loadRestakingTotals(tx, dataset, file, products),
    loadRestakingTokens: (dataset, file, products) => loadRestakingTokens(tx, dataset, file, products),
    loadPoolHistory: (dataset, file) => loadPoolHistory(tx, dataset, file),
    loadPoolsSnapshot: (dataset, pools, state, day) => loadPoolsSnapshot(tx, dataset, pools, state, day),
    loadReserveRates: (dataset, file) => loadReserveRates(tx, dataset, file),
  };
}
