// Reads every unflagged row of protocol_chain_tvl_daily into columns, as an application would before
// aggregating in its own code: strings become small integers in JS, days become offsets.
import { DuckDBInstance } from '@duckdb/node-api';
import { type Day, daysBetween } from '../src/core/day.ts';

export type TvlColumns = {
  count: number;
  firstDay: Day;
  lastDay: Day;
  protocols: string[];
  chains: string[];
  sections: string[];
  protocol: Int32Array;
  chain: Int32Array;
  section: Int32Array;
  day: Int32Array;
  usd: Float64Array;
};

export async function readAllTvlRows(dbPath: string): Promise<TvlColumns> {
  const db = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await db.connect();
  const [range] = (
    await conn.runAndReadAll(
      `SELECT strftime(min(day), '%Y-%m-%d') AS f, strftime(max(day), '%Y-%m-%d') AS l, count(*)::DOUBLE AS n
       FROM protocol_chain_tvl_daily WHERE flag IS NULL`,
    )
  ).getRowObjectsJS() as { f: Day; l: Day; n: number }[];
  const { f: firstDay, l: lastDay, n: count } = range as { f: Day; l: Day; n: number };
  const cols: TvlColumns = {
    count,
    firstDay,
    lastDay,
    protocols: [],
    chains: [],
    sections: [],
    protocol: new Int32Array(count),
    chain: new Int32Array(count),
    section: new Int32Array(count),
    day: new Int32Array(count),
    usd: new Float64Array(count),
  };
  const ids = (list: string[], map: Map<string, number>) => (name: string) => {
    let id = map.get(name);
    if (id === undefined) {
      id = list.push(name) - 1;
      map.set(name, id);
    }
    return id;
  };
  const protocolId = ids(cols.protocols, new Map());
  const chainId = ids(cols.chains, new Map());
  const sectionId = ids(cols.sections, new Map());
  const result = await conn.stream(
    "SELECT protocol, chain, section, strftime(day, '%Y-%m-%d') AS day, tvl_usd FROM protocol_chain_tvl_daily WHERE flag IS NULL",
  );
  let i = 0;
  const dayCache = new Map<string, number>();
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const [protocol, chain, section, day, usd] = chunk.getColumns() as [
      string[],
      string[],
      string[],
      string[],
      number[],
    ];
    for (let r = 0; r < chunk.rowCount; r++, i++) {
      cols.protocol[i] = protocolId(protocol[r] as string);
      cols.chain[i] = chainId(chain[r] as string);
      cols.section[i] = sectionId(section[r] as string);
      const text = day[r] as string;
      let offset = dayCache.get(text);
      if (offset === undefined) {
        offset = daysBetween(firstDay, text as Day);
        dayCache.set(text, offset);
      }
      cols.day[i] = offset;
      cols.usd[i] = usd[r] as number;
    }
  }
  conn.closeSync();
  db.closeSync();
  return cols;
}
