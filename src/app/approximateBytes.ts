/** Collections longer than this are measured on a sample of this many elements, scaled up. */
const SAMPLE = 64;

/**
 * Roughly how many bytes of heap `value` holds (V8 layouts, rounded up): 8 a number or reference, 2 a
 * string character, the byte length of a typed array, headers for objects, arrays, maps and sets. Shared
 * references count once; long arrays, maps and sets are measured on an even sample of their elements and
 * scaled, so measuring costs little even for a context of a million rows. For bounding caches, not for
 * accounting.
 * @example approximateBytes({ day: '2025-01-01', usd: 1 }) // ≈ 90
 */
export function approximateBytes(value: unknown): number {
  const seen = new WeakSet<object>();
  /** (value, weight): weight > 1 for a sampled element standing for several. */
  const stack: [unknown, number][] = [[value, 1]];
  let total = 0;
  while (stack.length > 0) {
    const [v, weight] = stack.pop() as [unknown, number];
    total += weight * own(v);
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) continue;
    if (Array.isArray(v)) pushSample(stack, v, weight);
    else if (v instanceof Map) {
      pushSample(stack, [...v.keys()], weight);
      pushSample(stack, [...v.values()], weight);
    } else if (v instanceof Set) pushSample(stack, [...v], weight);
    else for (const key of Object.keys(v)) stack.push([(v as Record<string, unknown>)[key], weight]);
  }
  return Math.round(total);
}

/** The bytes a value takes itself, without what it refers to. */
function own(v: unknown): number {
  if (typeof v === 'string') return 16 + 2 * v.length;
  if (typeof v === 'bigint') return 16 + 8 * Math.ceil(v.toString(16).length / 16);
  if (v === null || typeof v !== 'object') return 8;
  if (ArrayBuffer.isView(v)) return 64 + v.byteLength;
  if (v instanceof ArrayBuffer) return 32 + v.byteLength;
  if (Array.isArray(v)) return 16 + 8 * v.length;
  if (v instanceof Map) return 48 + 24 * v.size;
  if (v instanceof Set) return 48 + 16 * v.size;
  return 24 + 8 * Object.keys(v).length;
}

function pushSample(stack: [unknown, number][], items: readonly unknown[], weight: number): void {
  if (items.length <= SAMPLE) {
    for (const item of items) stack.push([item, weight]);
    return;
  }
  const step = items.length / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) stack.push([items[Math.floor(i * step)], weight * step]);
}
