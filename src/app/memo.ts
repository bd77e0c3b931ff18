/** How many answers the app keeps per store generation (least recently used first out). */
export const MEMO_ENTRIES = 64;

/**
 * A memo for what many answers share (TVL contexts, the systems view), emptied when the store's
 * generation changes and bounded to `MEMO_ENTRIES`, so a caller asking for many distinct days cannot
 * grow it without limit. A failed computation is not kept.
 */
export function createMemo(generation: () => number, entries = MEMO_ENTRIES) {
  let seen = generation();
  const values = new Map<string, Promise<unknown>>();
  return <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (generation() !== seen) {
      seen = generation();
      values.clear();
    }
    let value = values.get(key) as Promise<T> | undefined;
    if (value) {
      values.delete(key);
      values.set(key, value);
      return value;
    }
    value = make();
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
    while (values.size > entries) values.delete(values.keys().next().value as string);
    return value;
  };
}
