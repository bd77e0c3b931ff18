import { approximateBytes } from './approximateBytes.ts';

/** The most answers the app keeps per store generation, whatever their size. */
export const MEMO_ENTRIES = 256;
/** The most heap the app's shared answers may hold, by default (bytes): least recently used first out. */
export const MEMO_BYTES = 64 * 2 ** 20;

/** What a memo holds now, and how much it let go of. */
export type MemoStats = { entries: number; bytes: number; maxBytes: number; evicted: number };

/** A memo: the answer under `key`, made once per store generation while it fits. */
export type Memo = (<T>(key: string, make: () => Promise<T>) => Promise<T>) & { stats(): MemoStats };

/**
 * A memo for what many answers share (TVL contexts, the systems view), emptied when the store's
 * generation changes and bounded by bytes (each answer measured by `approximateBytes` once made) and by
 * entries, least recently used first out: a caller asking for many distinct days cannot grow the heap
 * past `maxBytes`. The walk cannot see what closures hold, so what answers for many days share behind
 * closures (the protocol index) is made once and shared (see `createApp`'s `tvl`). An answer larger than
 * `maxBytes` is handed to its callers but not kept. A failed computation is not kept.
 * @example const memo = createMemo(() => access.generation(), { maxBytes: 64 * 2 ** 20 });
 */
export function createMemo(
  generation: () => number,
  { maxBytes = MEMO_BYTES, maxEntries = MEMO_ENTRIES }: { maxBytes?: number; maxEntries?: number } = {},
): Memo {
  let seen = generation();
  type Entry = { value: Promise<unknown>; bytes: number };
  const values = new Map<string, Entry>();
  let bytes = 0;
  let evicted = 0;
  const trim = () => {
    while (values.size > 0 && (bytes > maxBytes || values.size > maxEntries)) {
      const [key, oldest] = values.entries().next().value as [string, Entry];
      values.delete(key);
      bytes -= oldest.bytes;
      evicted += 1;
    }
  };
  const memo = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (generation() !== seen) {
      seen = generation();
      values.clear();
      bytes = 0;
    }
    const hit = values.get(key);
    if (hit) {
      values.delete(key);
      values.set(key, hit);
      return hit.value as Promise<T>;
    }
    const entry: Entry = { value: make(), bytes: 0 };
    values.set(key, entry);
    entry.value.then(
      (value) => {
        if (values.get(key) !== entry) return;
        entry.bytes = approximateBytes(value);
        bytes += entry.bytes;
        trim();
      },
      () => {
        if (values.get(key) === entry) values.delete(key);
      },
    );
    trim();
    return entry.value as Promise<T>;
  };
  return Object.assign(memo, {
    stats: (): MemoStats => ({ entries: values.size, bytes, maxBytes, evicted }),
  });
}
