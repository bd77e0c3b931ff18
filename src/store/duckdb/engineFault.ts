import { statSync } from 'node:fs';
import { engineReason } from '../../core/engineReason.ts';

/**
 * What a DuckDB error says about the store file: another process holds it, the file is damaged (with
 * the reason in words), the disk is full, or something else (permissions, a newer file format, ...).
 */
export type EngineFault =
  | { kind: 'locked' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'disk-full'; file: string | null }
  | { kind: 'other'; reason: string };

/**
 * Sorts a DuckDB error by its exact message (as DuckDB 1.5 words it; duckdb/duckdb): the lock conflict
 * of `LocalFileSystem::OpenFile` in src/common/local_file_system.cpp ("Could not set lock on file"), the
 * checksum failure of `SingleFileBlockManager::ReadAndChecksum` in src/storage/single_file_block_manager.cpp
 * ("Corrupt database file: computed checksum ... in block at location N"),
 * the WAL replay failure ("Corrupt WAL file"), a short read ("Could not read enough bytes"), a file that
 * is not a DuckDB file, and a write that found no space ("No space left on device", "File too large").
 * Matching whole phrases, never a bare word: "block" contains "lock".
 */
export function engineFault(err: unknown): EngineFault {
  const text = String((err as Error)?.message ?? err);
  if (/Could not set lock on file/.test(text)) return { kind: 'locked' };
  const noSpace = /No space left on device|File too large|Disk quota exceeded/.exec(text);
  if (noSpace) return { kind: 'disk-full', file: /file "([^"]+)"/.exec(text)?.[1] ?? null };
  const checksum =
    /Corrupt database file: computed checksum \d+ does not match stored checksum \d+ in block(?: at location (\d+))?/.exec(
      text,
    );
  if (checksum)
    return {
      kind: 'damaged',
      reason: `a block's checksum does not match its contents${checksum[1] ? ` (the block at byte ${checksum[1]})` : ''}`,
    };
  const wal = /Corrupt WAL file: entry at byte position (\d+)/.exec(text);
  if (wal) return { kind: 'damaged', reason: `its write-ahead log (.wal) is damaged at byte ${wal[1]}` };
  const short =
    /Could not read (?:enough|all) bytes from file "([^"]+)"(?:: attempted to read (\d+) bytes from location (\d+))?/.exec(
      text,
    );
  if (short) {
    const size = sizeOf(short[1] ?? '');
    const wanted = short[2] && short[3] ? `: ${short[2]} bytes wanted at byte ${short[3]}` : '';
    return {
      kind: 'damaged',
      reason: `the file is cut short${size === null ? '' : ` (${size} bytes)`}${wanted}`,
    };
  }
  if (/exists, but it is not a valid DuckDB database file/.test(text)) {
    const file = /file "([^"]+)"/.exec(text)?.[1];
    const size = file ? sizeOf(file) : null;
    return {
      kind: 'damaged',
      reason:
        size === 0
          ? 'the file is empty (0 bytes)'
          : 'it is not a DuckDB database file (its header is missing or overwritten)',
    };
  }
  return { kind: 'other', reason: engineReason(err) };
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
