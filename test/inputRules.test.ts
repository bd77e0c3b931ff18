import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { qualityFlags } from '../src/analytics/qualityFlags.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { IngestFlag, Store } from '../src/store/store.ts';
import { dataCopy, tempDir } from './helpers/dataDir.ts';

const CHAIN_CSV = 'defillama/chain_tvl_daily_6chains_2020-2025-08.csv';
const COLEND = 'defillama/lending_protocols/colend-protocol.json';
const CHAIN_ID = 'defillama/chain-tvl-daily';
const LENDING_ID = 'defillama/lending-protocols';

/** Imports the two datasets from a data folder into a fresh store; returns the store and the summary. */
async function importInto(dir: string): Promise<{ store: Store; failed: Map<string, string> }> {
  const store = await createDuckDbStore(join(tempDir(), 'rules.duckdb'));
  await store.migrate();
  const summary = await importDatasets({
    store,
    dataDir: dir,
    datasets: DATASETS.filter((d) => [CHAIN_ID, LENDING_ID].includes(d.id)),
  });
  return { store, failed: new Map(summary.failed.map((f) => [f.dataset, f.error.message])) };
}

const pick = (flags: IngestFlag[], kind: string) =>
  flags
    .filter((f) => f.kind === kind)
    .map(({ subject, day, excluded, usd, message }) => ({ subject, day, excluded, usd, message }));

describe('input rules: impossible days, negative TVL, extra fields, control characters', () => {
  it('flags a negative TVL and days in 2099 or before 2009-01-03 in the chain CSV, keeps them out, imports the rest', async () => {
    const dir = dataCopy([CHAIN_CSV]);
    const path = join(dir, CHAIN_CSV);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('2020-01-02,ethereum,601198865', '2020-01-02,ethereum,-5'),
    );
    appendFileSync(path, '2099-01-02,ethereum,1\n2008-12-31,arbitrum,1\n');
    const { store, failed } = await importInto(dir);
    try {
      assert.equal(failed.get(CHAIN_ID), undefined, 'the dataset imports');
      const coverage = await store.coverage(CHAIN_ID, [{ table: 'chain_tvl_daily', dayColumn: 'day' }]);
      assert.deepEqual([coverage.firstDay, coverage.lastDay], ['2020-01-01', '2025-08-02']);
      const eth = await store.chainDailyTvl('ethereum' as never);
      assert.equal(
        eth.find((p) => p.day === '2020-01-02'),
        undefined,
        'the negative row is not counted',
      );
      const flags = await qualityFlags(store, { excluded: true });
      assert.deepEqual(pick(flags, 'negative-tvl'), [
        {
          subject: 'ethereum',
          day: '2020-01-02',
          excluded: true,
          usd: -5,
          message:
            'line 3, field "tvl": a TVL of -5 USD is below $0: not a value; the row is flagged and kept out of totals',
        },
      ]);
      const days = pick(flags, 'impossible-day');
      assert.equal(days.length, 2);
      assert.match(
        days.find((d) => d.day === '2099-01-02')?.message ?? '',
        /^line 10109, field "date": 2099-01-02 is after today \(\d{4}-\d{2}-\d{2}, UTC\): not data yet/,
      );
      assert.match(
        days.find((d) => d.day === '2008-12-31')?.message ?? '',
        /^line 10110, field "date": 2008-12-31 is before Bitcoin's genesis block \(2009-01-03\)/,
      );
      assert.ok(flags.every((f) => f.unit.endsWith('chain_tvl_daily_6chains_2020-2025-08.csv')));
    } finally {
      store.close();
    }
  });

  it('applies the same rule to a negative TVL and a day in 2099 in a lending JSON', async () => {
    const dir = dataCopy([COLEND]);
    const path = join(dir, COLEND);
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.tvl[5].totalLiquidityUSD = -1000;
    data.tvl.push({ date: Date.UTC(2099, 0, 2) / 1000, totalLiquidityUSD: 5 });
    writeFileSync(path, JSON.stringify(data));
    const negativeDay = new Date(data.tvl[5].date * 1000).toISOString().slice(0, 10);
    const { store, failed } = await importInto(dir);
    try {
      assert.equal(failed.get(LENDING_ID), undefined, 'the dataset imports');
      const flags = await qualityFlags(store, { protocol: 'colend-protocol', excluded: true });
      assert.deepEqual(pick(flags, 'negative-tvl'), [
        {
          subject: 'colend-protocol',
          day: negativeDay,
          excluded: true,
          usd: -1000,
          message:
            'tvl[5], field "totalLiquidityUSD": a TVL of -1000 USD is below $0: not a value; the row is flagged and kept out of totals',
        },
      ]);
      assert.match(
        pick(flags, 'impossible-day')[0]?.message ?? '',
        /^tvl\[608\], field "date": 2099-01-02 is after today/,
      );
      const totals = (await store.protocolDailyTotals(null)).filter((t) => t.protocol === 'colend-protocol');
      assert.equal(
        totals.find((t) => t.day === negativeDay),
        undefined,
        'never counted',
      );
      assert.ok(totals.every((t) => t.day < '2099-01-01'));
    } finally {
      store.close();
    }
  });

  it('names the line and both field counts of an extra CSV field near the top (no "Error when sniffing file")', async () => {
    const dir = dataCopy([CHAIN_CSV]);
    const path = join(dir, CHAIN_CSV);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '2020-01-02,ethereum,601198865',
        '2020-01-02,ethereum,601198865,surplus',
      ),
    );
    const { store, failed } = await importInto(dir);
    store.close();
    assert.match(
      failed.get(CHAIN_ID) ?? '',
      /chain_tvl_daily_6chains_2020-2025-08\.csv, line 3: malformed CSV: expected 3 fields, found 4$/,
    );
  });

  it('refuses a NUL or another control character in a chain name, with its place', async () => {
    const dir = dataCopy([CHAIN_CSV, COLEND]);
    const csv = join(dir, CHAIN_CSV);
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8').replace('2020-01-03,ethereum,', '2020-01-03,ether\u0000eum,'),
    );
    const json = join(dir, COLEND);
    const data = JSON.parse(readFileSync(json, 'utf8'));
    data.currentChainTvls['CO\u0007RE'] = 1;
    writeFileSync(json, JSON.stringify(data));
    const { store, failed } = await importInto(dir);
    store.close();
    assert.match(
      failed.get(CHAIN_ID) ?? '',
      /line 4, field "chain": expected a non-empty text without control characters, got "ether\\u0000eum"/,
    );
    assert.match(
      failed.get(LENDING_ID) ?? '',
      /colend-protocol\.json, currentChainTvls\["CO\\u0007RE"\]: a chain name must not be empty or hold a control character/,
    );
  });
});
