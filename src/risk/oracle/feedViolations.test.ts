import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { CHAINLINK_FEEDS } from '../../model/chainlinkFeeds.ts';
import { readChainlinkRounds } from '../../sources/files/chainlinkRounds.ts';
import { type FeedRound, feedViolations } from './feedViolations.ts';

const DATA = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../../../shared/data'));
const file = (name: string) => join(DATA, 'oracles/chainlink', name);
const rules = (address: string) => {
  const r = CHAINLINK_FEEDS[address.toLowerCase()];
  if (!r) throw new Error(`no rules for ${address}`);
  return r;
};

describe(feedViolations.name, () => {
  const round = (id: number, answer: number, updatedAt: number): FeedRound => ({
    roundId: BigInt(id),
    answer: BigInt(answer),
    updatedAt,
    answeredInRound: BigInt(id),
  });
  const ethUsd = { pair: 'ETH / USD', heartbeatSeconds: 3600, deviation: 0.005 };

  it('tells a late heartbeat (within the grace) from a violation, a >2× deviation jump, and a feed stale at the end', () => {
    const rounds = [
      round(1, 2000_00000000, 0 + 1000),
      round(2, 2000_00000000, 4700),
      round(3, 2000_00000000, 8500),
      round(4, 2030_00000000, 8600),
    ];
    const r = feedViolations(rounds, ethUsd, { now: 8600 + 3721 });
    assert.equal(r.lateUpdates, 1, '3,700 s is 100 s late: within the 120 s grace');
    assert.deepEqual(
      r.violations.map((v) => [v.kind, v.roundId, v.gapSeconds]),
      [
        ['heartbeat', 3n, 3800],
        ['deviation', 4n, 100],
        ['stale', 4n, 3721],
      ],
    );
    assert.ok(Math.abs((r.violations[1]?.move ?? 0) - 0.015) < 1e-12);
  });

  it('flags rounds with no data, non-positive answers and carried-over answers, in any input order', () => {
    const rounds = [
      { ...round(3, 5, 300), answeredInRound: 2n },
      round(2, 0, 200),
      round(9, 7, 0),
      round(1, 5, 100),
    ];
    const r = feedViolations(rounds, { pair: 'x', heartbeatSeconds: null, deviation: null });
    assert.deepEqual(r.counts, {
      'no-data': 1,
      'non-positive': 1,
      'carried-over': 1,
      backdated: 0,
      heartbeat: 0,
      deviation: 0,
      stale: 0,
    });
    assert.equal(r.firstUpdate, 100);
  });

  it('on the real ETH/USD and BTC/USD rounds: one round without data each, every update within heartbeat + 120 s', () => {
    // Vectors computed independently from the CSVs (Python csv module, rounds in (updatedAt, round) order):
    // gaps over 3,600 s, and moves over 1% between consecutive updates.
    for (const [name, address, late, jumps] of [
      [
        'eth_usd_0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419.csv',
        '0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419',
        1328,
        61,
      ],
      [
        'btc_usd_0xF4030086522a5bEEa4988F8cA5B36dbC97BeE88c.csv',
        '0xF4030086522a5bEEa4988F8cA5B36dbC97BeE88c',
        1423,
        70,
      ],
    ] as const) {
      const read = readChainlinkRounds(file(name));
      assert.deepEqual(read.broken, []);
      const r = feedViolations(read.rounds, rules(address));
      assert.equal(r.counts['no-data'], 1, name);
      assert.equal(r.counts.heartbeat, 0, name);
      assert.equal(r.maxGapSeconds, 3720, name);
      assert.equal(r.lateUpdates, late, name);
      assert.equal(r.counts.deviation, jumps, name);
    }
  });

  it('reads the ETH/BTC file despite its numeric headers, and judges stETH/ETH on its 24 h heartbeat', () => {
    const ethBtc = readChainlinkRounds(file('eth_btc_0xAc559F25B1619171CbC396a50854A3240b6A4e99.csv'));
    assert.equal(ethBtc.rounds.length, 813);
    const r = feedViolations(ethBtc.rounds, rules(ethBtc.feed));
    assert.equal(r.graceSeconds, null, 'no documented heartbeat: no heartbeat verdict');
    assert.equal(r.counts.deviation, 1);
    const steth = readChainlinkRounds(file('steth_eth_0x86392dC19c0b719886221c78AB11eb8Cf5c52812.csv'));
    const s = feedViolations(steth.rounds, rules(steth.feed));
    assert.equal(s.graceSeconds, 864);
    assert.equal(s.lateUpdates, 682);
    assert.equal(s.counts.heartbeat, 0);
    assert.equal(s.counts.deviation, 9);
  });
});
