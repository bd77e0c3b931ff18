import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './helpers/runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-assess-'));
const BASE = {
  upgradeDelaySeconds: 0,
  exitDelaySeconds: 604_800,
  stateValidation: 'fraud-proofs',
  dataAvailability: 'onchain',
  sequencerFailure: 'self-sequence',
  proposerFailure: 'self-propose',
};
const fileWith = (name: string, body: unknown) => {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
};

describe('faultline l2 assess', () => {
  it('prints the documented JSON for the example design', () => {
    const r = runCli(['l2', 'assess', 'examples/l2-design.json', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.deepEqual(a.exitWindow, { seconds: 1_987_200, value: '23d', sentiment: 'warning' });
    assert.equal(a.dataAvailability.sentiment, 'good');
    assert.equal(a.rosette.length, 5);
    assert.equal(a.stage, 'Stage 1');
    assert.deepEqual(
      a.unmet.map((u: { stage: string }) => u.stage),
      ['Stage 2', 'Stage 2'],
    );
  });

  it('gives an instantly upgradable system no exit window', () => {
    const r = runCli(['l2', 'assess', fileWith('instant', BASE), '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).exitWindow, { seconds: 0, value: 'None', sentiment: 'bad' });
  });

  it("reads the newer optional fields: Starknet's rosette values and exit-window rule, the ZK Stage 1 items", () => {
    const starknet = {
      ...BASE,
      upgradeDelaySeconds: 691_200,
      exitDelaySeconds: 0,
      exitWindowRule: 'starknet',
      stateValidation: 'zk-proofs',
      sequencerFailure: 'log-via-l1',
      proposerFailure: 'security-council-minority',
      nodeSourceAvailable: true,
      securityCouncil: { members: 12, threshold: 9 },
      noRedTrustedSetups: true,
      proverSourcePublished: true,
      verifierContractsReproducible: true,
      programHashesReproducible: true,
    };
    const r = runCli(['l2', 'assess', fileWith('starknet', starknet), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.stage, 'Stage 1');
    assert.deepEqual(a.exitWindow, { seconds: 604_800, value: '7d', sentiment: 'warning' });
    assert.deepEqual(
      a.rosette.slice(3).map((x: { value: string; sentiment: string }) => [x.value, x.sentiment]),
      [
        ['log-via-l1', 'warning'],
        ['security-council-minority', 'warning'],
      ],
    );
  });

  it('holds a ZK design that says nothing of the ZK Stage 1 items to them (unmet), and a fraud-proof one not', () => {
    const zk = {
      ...BASE,
      upgradeDelaySeconds: 2_592_000,
      stateValidation: 'zk-proofs',
      nodeSourceAvailable: true,
      securityCouncil: { members: 12, threshold: 9 },
    };
    const a = JSON.parse(runCli(['l2', 'assess', fileWith('zk', zk), '--json']).stdout);
    assert.equal(a.stage, 'Stage 0');
    assert.deepEqual(
      a.unmet.filter((u: { stage: string }) => u.stage === 'Stage 1').map((u: { key: string }) => u.key),
      [
        'noRedTrustedSetups',
        'proverSourcePublished',
        'verifierContractsReproducible',
        'programHashesReproducible',
      ],
    );
    const fraud = JSON.parse(
      runCli([
        'l2',
        'assess',
        fileWith('fraud', { ...zk, stateValidation: 'fraud-proofs', permissionlessProofs: true }),
        '--json',
      ]).stdout,
    );
    assert.equal(fraud.stage, 'Stage 1');
  });

  const bad: [string, unknown, RegExp][] = [
    [
      'a missing field',
      { ...BASE, upgradeDelaySeconds: undefined },
      /upgradeDelaySeconds: Invalid input: expected number, received undefined/,
    ],
    [
      'a negative delay',
      { ...BASE, exitDelaySeconds: -1 },
      /exitDelaySeconds: Too small: expected number to be >=0/,
    ],
    [
      'a threshold above the member count',
      { ...BASE, dataAvailability: 'dac', dac: { members: 5, threshold: 7 } },
      /dac\.threshold: threshold is above the member count/,
    ],
    [
      'an unknown value',
      { ...BASE, stateValidation: 'magic' },
      /stateValidation: Invalid option: expected one of "zk-proofs"\|"fraud-proofs"\|/,
    ],
    [
      'committee DA without its committee',
      { ...BASE, dataAvailability: 'dac' },
      /dac: dataAvailability "dac" needs dac: \{members, threshold\}/,
    ],
    ['a misspelt field', { ...BASE, nodeSourceAvaliable: true }, /Unrecognized key: "nodeSourceAvaliable"/],
    ['a misspelt new field', { ...BASE, exitWindowRul: 'starknet' }, /Unrecognized key: "exitWindowRul"/],
    [
      'an unknown exit-window rule',
      { ...BASE, exitWindowRule: 'arbitrum' },
      /exitWindowRule: Invalid option: expected one of "standard"\|"starknet"\|"zkstack"/,
    ],
  ];
  for (const [what, body, reason] of bad) {
    it(`refuses ${what}, naming the file, the field and what is allowed`, () => {
      const file = fileWith(what.replaceAll(' ', '-'), body);
      const r = runCli(['l2', 'assess', file, '--json']);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.includes(file), r.stderr);
      assert.match(r.stderr, reason);
    });
  }
});
