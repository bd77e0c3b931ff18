import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../core/errors.ts';
import { parseClaims } from './claims.ts';

describe(parseClaims.name, () => {
  it('reads YAML and JSON alike, months and days as text', () => {
    const yaml =
      'claims:\n  - id: a\n    metric: protocol.peak_date\n    subject: zerolend\n    expect: 2024-11\n';
    const [fromYaml] = parseClaims(yaml, 'c.yaml');
    assert.equal(fromYaml?.expect, '2024-11');
    const [fromJson] = parseClaims(
      JSON.stringify({
        claims: [
          {
            id: 'a',
            metric: 'chain.is_high',
            subject: 'ethereum',
            window_days: 90,
            as_of: '2025-07-28',
            expect: true,
          },
        ],
      }),
      'c.json',
    );
    assert.equal(fromJson?.as_of, '2025-07-28');
  });
  it('names the file, the claim and the field of what is wrong', () => {
    const cases: [string, RegExp][] = [
      ['claims: 3', /claims/],
      ['claims:\n  - id: a\n    metric: nope\n    expect: 1', /claim "a".*metric/],
      [
        'claims:\n  - id: b\n    metric: category.share\n    subject: x\n    expect: 1',
        /claim "b".*category/,
      ],
      [
        'claims:\n  - id: c\n    metric: chain.tvl_usd\n    subject: base\n    as_of: 2024-13-01\n    expect: 1',
        /claim "c".*as_of/,
      ],
      ['claims:\n  - metric: chain.tvl_usd\n    subject: base\n    expect: 1', /claims\[0\].*id/],
      [
        'claims:\n  - {id: d, metric: chain.tvl_usd, subject: base, expect: 1}\n  - {id: d, metric: chain.tvl_usd, subject: base, expect: 2}',
        /duplicate id "d"/,
      ],
    ];
    for (const [text, pattern] of cases) {
      assert.throws(
        () => parseClaims(text, 'bad.yaml'),
        (err: unknown) =>
          err instanceof ValidationError && /bad\.yaml/.test(err.message) && pattern.test(err.message),
        text,
      );
    }
  });
});
