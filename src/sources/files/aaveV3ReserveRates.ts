import { join } from 'node:path';
import type { Dataset, Flag } from './dataset.ts';
import { parseAaveReserveSnapshot } from './parseAaveReserveSnapshot.ts';

const ID = 'aave-v3/reserve-rates';

/**
 * Aave v3 reserve state read over RPC once a day on 13 networks (2025-07..2026-08): supply rate
 * (`liquidity_rate`, APR), variable borrow rate (APR), reserve factor, risk parameters and indexes; and
 * the newest full snapshot (decimals, borrowing enabled, protocol fee). Fields out of their range are
 * flagged and stored as unknown.
 */
export const aaveV3ReserveRates: Dataset = {
  id: ID,
  title: 'Aave v3 reserve rates, daily (13 networks, 2025-07..2026-08)',
  version: 1,
  files: (dir) => [
    join(dir, 'aave-v3/reserves_daily_13chains_2025-07_2026-08.csv'),
    join(dir, 'aave-v3/reserves_13chains_2026-08-22.json'),
  ],
  tables: [
    { table: 'lending_reserve_rates_daily', dayColumn: 'day' },
    { table: 'lending_reserve_configs', dayColumn: 'as_of' },
  ],
  caveats: [
    'Rates and factors but no balances: utilisation is implied from supply = borrow × U × (1 − reserve factor).',
    'Some fields are mis-decoded upstream (liquidation protocol fee, e-mode, some bonuses): flagged, not used.',
  ],
  async load(tx, files) {
    const [csv, json] = files as [string, string];
    const { rows, findings } = await tx.loadReserveRates(ID, csv);
    const flags: Flag[] = findings.map((f) => ({
      kind: 'out-of-range',
      excluded: true,
      subject: `${f.field} (${f.rows} rows)`,
      message: `${f.rows} rows out of range, e.g. ${f.examples}: ${f.field.startsWith('liquidity_rate above') || f.field.endsWith('rate') ? 'rows left out' : 'stored as unknown'}`,
      file: csv,
    }));
    const snapshot = parseAaveReserveSnapshot(json);
    await tx.appendReserveConfigs(ID, snapshot.configs);
    return {
      rowsByFile: new Map([
        [csv, rows],
        [json, snapshot.configs.length],
      ]),
      flags: [...flags, ...snapshot.flags],
    };
  },
};
