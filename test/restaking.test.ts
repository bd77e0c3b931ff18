import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCli } from './helpers/runCli.ts';

const dir = tempDir('faultline-restaking-');
const fileWith = (name: string, body: unknown) => {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
};
const json = (args: string[]) => {
  const r = runCli(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};

describe('faultline restaking check', () => {
  it('prints the documented certificate for vector R1, with a cascade for --shock', () => {
    const c = json(['restaking', 'check', 'examples/restaking/r1.json', '--shock', 'c', '--json']);
    assert.equal(c.secure, true);
    assert.ok(Math.abs(c.gammaStar - 0.2) < 1e-6);
    assert.equal(c.validAttack, null);
    assert.deepEqual(
      c.sufficientCondition.map((r: { validator: string; holds: boolean }) => [r.validator, r.holds]),
      [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
    );
    assert.deepEqual(Object.keys(c.cascade).slice(0, 5), ['psi', 'shock', 'loss', 'bound', 'method']);
    assert.deepEqual(
      [c.cascade.psi, c.cascade.shock, c.cascade.loss, c.cascade.method],
      [0.3, ['c'], 0.3, 'exact'],
    );
    assert.ok(Math.abs(c.cascade.bound - (1 + 1 / c.gammaLowerBound) * 0.3) < 1e-9);
  });

  it('finds the R2 cascade for --psi 0.1: one shocked validator takes the whole network', () => {
    const file = fileWith('r2', {
      validators: [
        { id: 'a', stake: 0.1 },
        { id: 'b', stake: 0.9 },
      ],
      services: [{ id: 'x', alpha: 1, profit: 1, validators: ['a', 'b'] }],
    });
    const c = json(['restaking', 'check', file, '--psi', '0.1', '--json']);
    assert.deepEqual([c.secure, c.gammaStar, c.cascade.loss, c.cascade.shock], [true, 0, 1, ['a']]);
    assert.deepEqual(c.networkSources, [], 'a graph file cites nothing');
  });

  it('shows the example EigenLayer network insecure on slashable stake and secure on paper', () => {
    const c = json(['restaking', 'check', 'examples/restaking/eigenlayer-avs.json', '--json']);
    assert.equal(c.secure, false);
    assert.deepEqual(c.validAttack.services, ['EigenDA:0', 'Cyber:0', 'Lagrange:0']);
    assert.deepEqual([c.validAttack.stake, c.validAttack.profit], [0, 510_000]);
    assert.equal(c.onPaper.secure, true);
    const file = JSON.parse(readFileSync('examples/restaking/eigenlayer-avs.json', 'utf8'));
    assert.ok(file.sources.length > 0);
    assert.deepEqual(c.networkSources, file.sources, "the file's own citations, as it words them");
    const r = runCli(['restaking', 'report', 'examples/restaking/eigenlayer-avs.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /restaked 4,000,000 ETH, slashable 0 ETH/);
    assert.match(r.stdout, /Cyber:0 +│ 45 +│ 3,490,000/);
    assert.match(r.stdout, /assumption \(operators\)/);
  });

  it('refuses a half-valid network, naming the file and the field', () => {
    const base = {
      validators: [
        { id: 'a', stake: 1 },
        { id: 'b', stake: 2 },
      ],
      services: [{ id: 's', alpha: 0.5, profit: 1, validators: ['a', 'b'] }],
    };
    const cases: [string, unknown, RegExp][] = [
      [
        'unknown',
        { ...base, services: [{ ...base.services[0], validators: ['a', 'zz'] }] },
        /services\[0\]\.validators\[1\]: unknown validator "zz"/,
      ],
      [
        'alpha',
        { ...base, services: [{ ...base.services[0], alpha: 0 }] },
        /services\[0\]\.alpha: α must be in \(0, 1\]/,
      ],
      [
        'alpha-high',
        { ...base, services: [{ ...base.services[0], alpha: 1.2 }] },
        /services\[0\]\.alpha: α must be in \(0, 1\]/,
      ],
      [
        'negative',
        { ...base, validators: [{ id: 'a', stake: -5 }, base.validators[1]] },
        /validators\[0\]\.stake: must not be negative/,
      ],
      [
        'duplicate',
        { ...base, validators: [base.validators[0], { id: 'a', stake: 3 }] },
        /validators\[1\]\.id: duplicate id "a"/,
      ],
      ['empty', { validators: [], services: [] }, /validators: an empty network/],
      [
        'string-stake',
        { ...base, validators: [{ id: 'a', stake: '1' }, base.validators[1]] },
        /validators\[0\]\.stake/,
      ],
      ['malformed', '{"validators": [', /malformed JSON/],
      [
        'overflow',
        { ...base, validators: [{ id: 'a', stake: 1e308 }, base.validators[1]] },
        /validators\[0\]\.stake: must be at most 1e\+15/,
      ],
    ];
    for (const [name, body, message] of cases) {
      const file = fileWith(name, body);
      const r = runCli(['restaking', 'check', file, '--json']);
      assert.equal(r.code, 1, `${name}: ${r.stdout}`);
      assert.match(r.stderr, message, name);
      assert.ok(r.stderr.includes(file), `${name} names the file`);
      assert.equal(r.stdout, '', `${name}: nothing computed`);
      assert.doesNotMatch(r.stderr, /unexpected error|\n\s+at /, `${name}: no stack trace`);
    }
    const unknownShock = runCli(['restaking', 'check', 'examples/restaking/r1.json', '--shock', 'nobody']);
    assert.equal(unknownShock.code, 2, 'a shock naming nobody is a usage error');
    assert.match(unknownShock.stderr, /--shock.*no validator or operator "nobody"/);
  });

  it('checks the configured network without a file, and prints the failing validators as CSV', () => {
    const configured = json(['restaking', 'check', '--json']);
    assert.equal(configured.schema, 'faultline.restaking-check/v1');
    assert.equal(configured.name, 'EigenDA, Cyber MACH and Lagrange on EigenLayer (public figures, 2025)');
    assert.deepEqual(configured.sources[0], {
      id: 'input',
      title: 'the configured restaking network (eigenlayer-avs.json)',
      kind: 'input',
    });
    const csv = runCli(['restaking', 'check', 'examples/restaking/r1.json', '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout.split('\n')[0], 'validator,lhs,rhs,holds');
    assert.match(csv.stdout, /^b,36\.85\d+,30,false$/m);
  });
});

/** `restaking slash` on the ELIP-002 example: AVS1 slashes `fraction` of the operator's allocation. */
const slashElip = (fraction: string, ...more: string[]) => [
  'restaking',
  'slash',
  'examples/restaking/elip-002.json',
  '--operator',
  'operator',
  '--set',
  'AVS1',
  '--fraction',
  fraction,
  ...more,
];

describe('faultline restaking slash', () => {
  it('reproduces the ELIP-002 vector', () => {
    const r = json(slashElip('0.5', '--json'));
    const s = r.strategies[0];
    assert.deepEqual(
      s.sets.map((x: { slashable: { after: number } }) => x.slashable.after),
      [20, 50, 40],
    );
    // Magnitudes are the contract's uint64 as decimal text (exact past 2^53).
    assert.deepEqual([s.free.amountAfter, s.delegated.after, s.maxMagnitude.after], [70, 180, '9000']);
  });

  it('refuses a set that cannot slash and a graph file', () => {
    const r = runCli([
      'restaking',
      'slash',
      'examples/restaking/eigenlayer-avs.json',
      '--operator',
      'op-001',
      '--set',
      'EigenDA',
      '--fraction',
      '0.5',
    ]);
    assert.equal(r.code, 2, 'a set that cannot slash is a bad --set');
    assert.match(r.stderr, /--set: EigenDA:0 has not enabled slashing/);
    const g = runCli([
      'restaking',
      'slash',
      'examples/restaking/r1.json',
      '--operator',
      'a',
      '--set',
      's1',
      '--fraction',
      '0.5',
    ]);
    assert.equal(g.code, 1, 'a graph-form file is bad input');
    assert.match(g.stderr, /r1\.json, field "format": slashing needs the EigenLayer form/);
    const w = runCli(slashElip('1.5'));
    assert.match(w.stderr, /--fraction.*not a fraction in \[0, 1\]/);
    // AllocationManager refuses a slash of 0 (InvalidWadToSlash).
    const zero = runCli(slashElip('0'));
    assert.notEqual(zero.code, 0);
    assert.match(zero.stderr, /InvalidWadToSlash/);
  });
});

describe('faultline da eigenda', () => {
  it('prints the documented fields; 55/33 is safe and 55/34 is not', () => {
    const v = json([
      'da',
      'eigenda',
      '--confirmation',
      '55',
      '--adversary',
      '33',
      '--stakes',
      '0.5,0.3,0.2',
      '--json',
    ]);
    assert.equal(v.schema, 'faultline.da-eigenda/v1');
    assert.equal(v.reconstructionThreshold.toFixed(6), '0.219979');
    // ⌈η·4655⌉ = 2328, 1397, 931, each capped per blob at 8192/8 = 1,024 (EigenDA MergeAssignmentsAndCap).
    assert.deepEqual([v.safe, v.livenessThreshold, v.chunks], [true, 0.45, [1024, 1024, 931]]);
    assert.equal(json(['da', 'eigenda', '--adversary', '34', '--json']).safe, false);
    const bad = runCli(['da', 'eigenda', '--confirmation', '155']);
    assert.match(bad.stderr, /--confirmation.*not a percentage in \[0, 100\]/);
  });
});

describe('Babylon from the store', () => {
  const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'restaking.duckdb') };
  before(() => {
    importedStore(dirname(env.FAULTLINE_DB), basename(env.FAULTLINE_DB));
  });

  it('reports Babylon: 6 of 9 covenant, the slashing rate unknown (not in the stored params), 1,008 blocks, > 2/3 finality', () => {
    const r = runCli(['restaking', 'babylon', '--json'], env);
    assert.equal(r.code, 0, r.stderr);
    const b = JSON.parse(r.stdout).security;
    const params = JSON.parse(readFileSync(join(REAL_DATA, 'babylon/parameters/global-params.json'), 'utf8'));
    const last = params.versions.at(-1);
    assert.deepEqual([b.covenant.quorum, b.covenant.size], [last.covenant_quorum, last.covenant_pks.length]);
    assert.equal(b.unbonding.blocks, last.unbonding_time);
    assert.ok(b.stakedBtc > 50_000, `staked ${b.stakedBtc}`);
    // global-params.json (phase-1 staking) has no slashing_rate: the rate and the stake at risk are unknown.
    assert.equal(last.slashing_rate, undefined);
    assert.deepEqual([b.slashingRate, b.stakeAtRiskBtc, b.stakeAtRiskUsd], [null, null, null]);
    assert.equal(b.finality.quorum, 2 / 3);
  });
});
