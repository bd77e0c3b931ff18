// Serves the replayed DefiLlama (TVL, coins, yields) and L2BEAT APIs on 127.0.0.1 until stopped, for trying `faultline
// ingest` offline and for benchmarks: `npm run replay -- [PROTOCOLS] [DAYS]` prints the base URL on its
// first line (then how to point Faultline at it). The recorded `/protocol` responses of the data folder
// (`FAULTLINE_DATA` or ../shared/data) are served too.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startReplayServer } from './replayServer.ts';

const protocols = Number(process.argv[2] ?? 20);
const days = Number(process.argv[3] ?? 400);
const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../../shared/data'));
const server = await startReplayServer({
  universe: { protocols, days, endDay: '2025-12-19', tokens: true, anomalies: true },
  yields: { pools: protocols * 2, days, endDay: '2025-12-19' },
  ...(existsSync(dataDir) ? { dataDir } : {}),
});
process.stdout.write(`${server.url}\n`);
process.stderr.write(
  `replaying ${protocols} protocols x ${days} days (proto-0000 ...; to 2025-12-19) on ${server.url}\n` +
    `  export DEFILLAMA_API_URL=${server.url} DEFILLAMA_COINS_URL=${server.url} DEFILLAMA_YIELDS_URL=${server.url} L2BEAT_API_URL=${server.url}\n`,
);
