import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../core/day.ts';
import type { ProtocolSlug } from '../model/protocol.ts';
import type { ProtocolSnapshot } from '../model/tvl.ts';
import { protocolDrawdowns } from './protocolDrawdowns.ts';
import { buildProtocolIndex } from './protocolIdentity.ts';

const total = (protocol: string, day: string, tvlUsd: number, dataset = 'daily') => ({
  protocol,
  dataset,
  day: day as Day,
  tvlUsd,
});
const snap = (name: string, slug: string, tvlUsd: number | null): ProtocolSnapshot => ({
  day: '2025-12-19' as Day,
  slug: slug as ProtocolSlug,
  name,
  category: 'Lending',
  tvlUsd,
  chains: [],
  oracles: [],
  doublecounted: null,
  doublecountedSource: null,
});

describe(protocolDrawdowns.name, () => {
  it('takes the peak from history and the latest from the newer snapshot, summing a parent’s products', () => {
    const snapshots = [
      snap('ZeroLend Lending', 'zerolend-lending', 8e6),
      snap('ZeroLend Vaults', 'zerolend-vaults', 2e6),
    ];
    const totals = [total('zerolend', '2024-11-08', 359e6), total('zerolend', '2025-03-01', 100e6)];
    const index = buildProtocolIndex(snapshots, ['zerolend']);
    const [row] = protocolDrawdowns(totals, snapshots, index);
    assert.equal(row?.name, 'ZeroLend');
    assert.equal(row?.peakDay, '2024-11-08');
    assert.equal(row?.latestUsd, 10e6);
    assert.equal(row?.latestFrom, 'snapshot');
    assert.ok(Math.abs((row?.drawdown ?? 0) - (1 - 10 / 359)) < 1e-12);
    assert.deepEqual(row?.snapshotMembers, ['ZeroLend Lending', 'ZeroLend Vaults']);
  });
  it('keeps the history latest when the snapshot has no figure (unknown is not zero)', () => {
    const snapshots = [snap('Foo', 'foo', null)];
    const [row] = protocolDrawdowns(
      [total('foo', '2024-01-01', 10), total('foo', '2024-02-01', 5)],
      snapshots,
      buildProtocolIndex(snapshots, ['foo']),
    );
    assert.equal(row?.latestFrom, 'history');
    assert.equal(row?.latestUsd, 5);
  });
  it('lists a parent once: its products with their own history are inside its row (SwapBased, not SwapBased AMM too)', () => {
    const snapshots = [
      { ...snap('SwapBased AMM', 'swapbased-amm', 143_882), category: 'Dexs' },
      { ...snap('SwapBased Perp', 'swapbased-perp', 17_387), category: 'Derivatives' },
    ];
    const keys = ['swapbased', 'swapbased-amm', 'swapbased-perp'];
    const rows = protocolDrawdowns(
      keys.flatMap((k) => [total(k, '2023-09-01', 20e6), total(k, '2024-01-01', 1e6)]),
      snapshots,
      buildProtocolIndex(snapshots, keys),
    );
    assert.deepEqual(
      rows.map((r) => [r.id, r.category]),
      [['swapbased', 'Dexs']],
    );
  });
  it('does not sum two datasets measuring the same protocol', () => {
    const snapshots = [snap('Kelp', 'kelp', null)];
    const rows = protocolDrawdowns(
      [total('kelp', '2024-06-01', 100, 'a'), total('kelp', '2024-06-01', 100, 'b')],
      snapshots,
      buildProtocolIndex(snapshots, ['kelp']),
    );
    assert.equal(rows[0]?.peakUsd, 100);
  });
});
