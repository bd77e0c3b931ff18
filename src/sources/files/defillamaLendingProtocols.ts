import { basename, join } from 'node:path';
import { z } from 'zod';
import { hasControlCharacter } from '../../core/controlCharacters.ts';
import { type Day, dayFromUnix } from '../../core/day.ts';
import { parseChainKey } from '../../model/normaliseChain.ts';
import { impossibleDay, impossibleDayFlag, negativeTvlFlag } from '../../store/rowRules.ts';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';
import { readJsonFile } from './readJsonFile.ts';

const ID = 'defillama/lending-protocols';

/** A cut-down DefiLlama `/protocol/<slug>` response. */
export const ProtocolResponse = z.looseObject({
  name: z.string().min(1),
  tvl: z
    .array(z.looseObject({ date: z.number().int().positive(), totalLiquidityUSD: z.number().finite() }))
    .min(1),
  currentChainTvls: z.record(
    z.string().refine((key) => key !== '' && !hasControlCharacter(key), {
      error: 'a chain name must not be empty or hold a control character',
    }),
    z.number().finite(),
  ),
});

/** Five lending protocols' daily TVL and current per-chain TVL with `-borrowed`, up to 2025-12-19. */
export const defillamaLendingProtocols: Dataset = {
  id: ID,
  title: 'DefiLlama /protocol responses (5 lending protocols)',
  version: 2,
  files: (dir) => listFiles(join(dir, 'defillama/lending_protocols'), '.json'),
  tables: [
    { table: 'protocol_tvl_daily', dayColumn: 'day' },
    { table: 'protocol_chain_snapshots', dayColumn: 'day' },
    { table: 'protocols', dayColumn: null },
  ],
  caveats: ['Total TVL only per day; per-chain values only for the latest day (currentChainTvls).'],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    for (const file of files) {
      const response = readJsonFile(file, ProtocolResponse);
      const slug = basename(file, '.json');
      const byDay = new Map<Day, number>();
      for (const [i, p] of response.tvl.entries()) {
        const day = dayFromUnix(p.date);
        const row = { file, place: `tvl[${i}]`, subject: slug, day };
        const impossible = impossibleDay(day);
        if (impossible) {
          tx.flagRow(impossibleDayFlag({ ...row, field: 'date' }, impossible));
          continue;
        }
        if (p.totalLiquidityUSD < 0)
          tx.flagRow(negativeTvlFlag({ ...row, field: 'totalLiquidityUSD', usd: p.totalLiquidityUSD }));
        byDay.set(day, p.totalLiquidityUSD);
      }
      // A negative point is stored flagged: out of every total, back with --include-flagged.
      await tx.appendProtocolPoints(
        ID,
        [...byDay].map(([day, usd]) => ({
          protocol: slug,
          section: 'tvl',
          day,
          usd,
          flag: usd < 0 ? 'negative' : null,
        })),
      );
      const lastDay = [...byDay.keys()].sort().at(-1) as Day;
      await tx.appendProtocolChainSnapshots(
        ID,
        Object.entries(response.currentChainTvls).map(([key, tvlUsd]) => {
          const { chain, section } = parseChainKey(key);
          return { day: lastDay, protocol: slug, chain, section, tvlUsd };
        }),
      );
      await tx.appendProtocols(ID, [
        { slug, name: response.name, category: 'Lending', parent: null, url: null },
      ]);
      rowsByFile.set(file, response.tvl.length);
    }
    return { rowsByFile, flags: [] };
  },
};
