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
