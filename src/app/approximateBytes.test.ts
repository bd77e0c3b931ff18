import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { approximateBytes } from './approximateBytes.ts';

/** Heap growth (bytes) of building `make()`, measured with the collector run before and after. */
function measured(make: () => unknown): { value: unknown; bytes: number } {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc();
  return { value, bytes: process.memoryUsage().heapUsed - before };
}

describe('approximateBytes', () => {
  it('counts strings by length, typed arrays by bytes, and a shared object once', () => {
    assert.ok(approximateBytes('x'.repeat(1000)) >= 1000);
    assert.ok(approximateBytes(new Float64Array(10_000)) >= 80_000);
    const row = { day: '2025-01-01', usd: 1 };
    assert.ok(approximateBytes([row, row, row]) < 3 * approximateBytes(row));
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    assert.ok(approximateBytes(cyclic) > 0);
  });

  it('is within a factor of 3 of the heap a large context of rows and maps really takes', () => {
    const { value, bytes } = measured(() => {
      const rows = Array.from({ length: 200_000 }, (_, i) => ({
        day: `2024-${String((i % 12) + 1).padStart(2, '0')}-01x${i}`,
        protocol: `protocol-${i % 5000}`,
        usd: i * 1.5,
      }));
      const byProtocol = new Map<string, number[]>();
      for (const r of rows) byProtocol.set(r.protocol, [...(byProtocol.get(r.protocol) ?? []), r.usd]);
      return { rows, byProtocol };
    });
    const estimate = approximateBytes(value);
    assert.ok(bytes > 10_000_000, `the context is large (${bytes} bytes)`);
    assert.ok(estimate > bytes / 3 && estimate < bytes * 3, `estimate ${estimate} vs heap ${bytes}`);
  });
});
