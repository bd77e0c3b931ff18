import type { LoadTx } from '../loadTx.ts';
import { appendBabylonNetwork } from './loads/appendBabylonNetwork.ts';
import { appendBtcLayerProfiles } from './loads/appendBtcLayerProfiles.ts';
import { appendOracleFindings } from './loads/appendOracleFindings.ts';
import { appendOracleRounds } from './loads/appendOracleRounds.ts';
import { appendProtocolChainSnapshots } from './loads/appendProtocolChainSnapshots.ts';
import { appendProtocolPoints } from './loads/appendProtocolPoints.ts';
import { appendProtocolSnapshots } from './loads/appendProtocolSnapshots.ts';
import { appendProtocols } from './loads/appendProtocols.ts';
import { appendRateStrategies } from './loads/appendRateStrategies.ts';
import { appendReserveConfigs } from './loads/appendReserveConfigs.ts';
import { appendYieldDays, appendYieldPools } from './loads/appendYieldRows.ts';
import { deriveYieldFacts } from './loads/deriveYieldFacts.ts';
import { replaceL2RiskProfiles } from './loads/replaceL2RiskProfiles.ts';
import { replaceProtocolList } from './loads/replaceProtocolList.ts';
import { writeLivePoolHistory, writeLivePools } from './loads/writeLiveYields.ts';
import type { SqlTx } from './session.ts';

/**
 * The typed writes a live unit's or a dataset load's transaction offers, each run by its DuckDB load
 * (`loads/`) on `tx`, the transaction's own SQL, which the caller never sees.
 */
export function createLoadTx(tx: SqlTx): LoadTx {
  return {
    append: (table, columns, rows) => tx.append(table, columns, rows),
    appendProtocols: (dataset, rows) => appendProtocols(tx, dataset, rows),
    appendProtocolSnapshots: (dataset, day, rows) => appendProtocolSnapshots(tx, dataset, day, rows),
    replaceProtocolList: (dataset, day, protocols, snapshots) =>
      replaceProtocolList(tx, dataset, day, protocols, snapshots),
    appendProtocolPoints: (dataset, points) => appendProtocolPoints(tx, dataset, points),
    appendProtocolChainSnapshots: (dataset, rows) => appendProtocolChainSnapshots(tx, dataset, rows),
    replaceL2RiskProfiles: (dataset, asOf, profiles) => replaceL2RiskProfiles(tx, dataset, asOf, profiles),
    appendBtcLayerProfiles: (dataset, asOf, profiles) => appendBtcLayerProfiles(tx, dataset, asOf, profiles),
    appendBabylonNetwork: (dataset, network) => appendBabylonNetwork(tx, dataset, network),
    appendYieldPools: (dataset, pools) => appendYieldPools(tx, dataset, pools),
    appendYieldDays: (dataset, days) => appendYieldDays(tx, dataset, days),
    writeLivePools: (day, pools, days) => writeLivePools(tx, day, pools, days),
    writeLivePoolHistory: (pool, days) => writeLivePoolHistory(tx, pool, days),
    deriveYieldFacts: () => deriveYieldFacts(tx),
    appendReserveConfigs: (dataset, rows) => appendReserveConfigs(tx, dataset, rows),
    appendRateStrategies: (dataset, rows) => appendRateStrategies(tx, dataset, rows),
    appendOracleRounds: (dataset, rounds) => appendOracleRounds(tx, dataset, rounds),
    appendOracleFindings: (dataset, findings) => appendOracleFindings(tx, dataset, findings),
  };
}
