// Runs the replay server in its own process for a benchmark: `node --import tsx bench/_serveReplay.ts
// PROTOCOLS DAYS` prints the base URL on its first line and serves until killed.
import { startReplayServer } from '../test/replay/replayServer.ts';

const protocols = Number(process.argv[2] ?? 1000);
const days = Number(process.argv[3] ?? 1500);
const server = await startReplayServer({ universe: { protocols, days, endDay: '2025-12-19', tokens: true } });
process.stdout.write(`${server.url}\n`);
