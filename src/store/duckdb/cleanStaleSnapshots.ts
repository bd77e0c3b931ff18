import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Removes what dead processes left beside a store: the server's snapshots (`<db>.serve-<pid>-<n>`, and
 * their `.wal`) and unfinished compact copies (`<db>.compact-<pid>`), when no process with that pid is
 * alive. A live pid (this process, a running `serve`, or a pid the system reused) keeps its files.
 * Returns the paths removed. Call it when a server starts (a SIGKILLed `serve` cannot clean up).
 * @example cleanStaleSnapshots('.faultline/faultline.duckdb') // ['.faultline/faultline.duckdb.serve-4242-3']
 */
export function cleanStaleSnapshots(dbPath: string): string[] {
  const dir = dirname(dbPath);
  const prefix = basename(dbPath);
  const pattern = new RegExp(`^${escapeRegExp(prefix)}\\.(?:serve-(\\d+)-\\d+|compact-(\\d+))(?:\\.wal)?$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!match || isAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

/** True when a process with this pid exists (signal 0 checks without sending; EPERM: it exists, not ours). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
