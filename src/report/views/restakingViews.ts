import type { RestakingBabylonResult } from '../../app/restakingBabylon.ts';
import type { RestakingCheckResult } from '../../app/restakingCheck.ts';
import type { RestakingSlashResult } from '../../app/restakingSlash.ts';
import { pct } from '../format.ts';
import { column, type Unit, type View, type ViewColumn } from '../view.ts';

type Attack = NonNullable<RestakingCheckResult['validAttack']>;
type Certificate = Pick<RestakingCheckResult, 'secure' | 'gammaStar' | 'validAttack'> &
  Partial<Pick<RestakingCheckResult, 'gammaLowerBound' | 'gammaExact'>>;

const amount = (x: number, unit: string | null) =>
  `${x.toLocaleString('en-US', { maximumFractionDigits: x < 100 ? 2 : 0 })}${unit ? ` ${unit}` : ''}`;
/** A share as a percentage, with two decimals under 1% (the 0.1% slashing rate prints as 0.10%). */
const share = (x: number | null) => (x === null ? '—' : pct(x, x > 0 && x < 0.01 ? 2 : 1));
/** The column unit of amounts in the network's own unit. */
const amountUnit = (unit: string | null): Unit =>
  unit === 'ETH' ? 'eth' : unit === 'USD' ? 'usd' : 'number';
const amountColumn = (label: string, unit: string | null, key?: string): ViewColumn =>
  column(`${label} (${unit ?? 'unit'})`, amountUnit(unit), key ?? label.replace(/ /g, '_'), 2);

/** One sentence for a verdict: secure with γ* (or its bracket), or the attack that breaks it. */
export function verdictText(c: Certificate, unit: string | null): string {
  if (!c.secure && c.validAttack) {
    const a: Attack = c.validAttack;
    return `NOT SECURE: ${a.validators.length} validators (stake ${amount(a.stake, unit)}) can attack ${a.services.join(', ')} for ${amount(a.profit, unit)}`;
  }
  if (c.gammaStar === null) return 'secure: no service has a corruption profit';
  if (c.gammaExact === undefined) return `secure, γ* = ${c.gammaStar.toFixed(4)}`;
  const gamma = c.gammaExact
    ? `γ* = ${c.gammaStar.toFixed(4)}`
    : `γ* between ${(c.gammaLowerBound ?? 0).toFixed(4)} and ${c.gammaStar.toFixed(4)} (time budget spent)`;
  return `secure, ${gamma}: every attack forfeits at least ${(1 + (c.gammaLowerBound ?? 0)).toFixed(2)}× its profit`;
}

/** The lines both restaking views open with: verdicts, stake, the sufficient condition, overlaps, liquidity, the cascade, assumptions. */
function networkLines(d: RestakingCheckResult): string[] {
  const failing = d.sufficientCondition.filter((r) => !r.holds);
  const lines = [
    `${d.name ?? 'restaking network'} (${d.checked === 'slashable stake' ? 'EigenLayer form, checked on slashable stake' : 'graph form'})`,
    `  ${d.checked === 'slashable stake' ? 'slashable stake' : 'verdict'}: ${verdictText(d, d.unit)}`,
  ];
  if (d.onPaper) lines.push(`  restaked stake (as reported): ${verdictText(d.onPaper, d.unit)}`);
  const b = d.gammaBounds;
  if (b && !b.exact)
    lines.push(
      `  γ* bracket: ${b.lower.toFixed(4)} (${b.lowerSource}) to ${b.upper.toFixed(4)} (${b.upperSource}), ${pct(b.width, 2)} wide`,
    );
  lines.push(
    `  restaked ${amount(d.stake.restaked, d.unit)}, slashable ${amount(d.stake.slashable, d.unit)} (${share(d.stake.restaked > 0 ? d.stake.slashable / d.stake.restaked : null)}); the same stake is promised ${d.stake.leverage.toFixed(2)}× over`,
    `  EigenLayer sufficient condition: ${failing.length === 0 ? 'holds for every validator' : `fails for ${failing.length} of ${d.sufficientCondition.length} validators`}`,
  );
  for (const o of d.stake.overlaps.slice(0, 3))
    lines.push(`  overlap ${o.a} / ${o.b}: ${share(o.share)} of the smaller one's restaked stake is shared`);
  for (const l of d.liquidity)
    lines.push(
      `  ${l.token}: ${amount(l.value, d.unit)} liquid, ${amount(l.instantLiquidity, d.unit)} can leave at once; ${share(l.stuckShare)} waits ${l.delayDays.toFixed(0)} days in a run`,
    );
  if (d.cascade) {
    const c = d.cascade;
    const what = c.attackers.length
      ? `${c.attackers.length} validators then attack ${c.services.join(', ')}`
      : 'no valid attack follows';
    lines.push(
      `  cascade after a shock of ${share(c.psi)}${c.shock.length ? ` (${c.shock.join(', ')})` : ''}: ${what}; ${share(c.loss)} of stake lost (${c.method}${c.bound === null ? '' : `; Theorem 1 bound ${share(c.bound)}`})`,
    );
  }
  for (const x of d.assumptions) lines.push(`  assumption (${x.field}): ${x.text}`);
  return lines;
}

/** How many failing validators the check's table shows. */
const SHOWN = 20;

/** `restaking check`: the verdict and, where EigenLayer's sufficient condition fails, each validator's two sides. */
export function restakingCheckView(d: RestakingCheckResult): View {
  const failing = d.sufficientCondition.filter((r) => !r.holds);
  return {
    id: 'restaking-check',
    title: `Restaking check: ${d.name ?? 'restaking network'}`,
    lines: networkLines(d),
    tables:
      failing.length === 0
        ? []
        : [
            {
              columns: [
                column('validator', 'text'),
                column('lhs: Σ share·π/α', 'number', 'lhs', 4),
                column('rhs: stake', 'number', 'rhs', 4),
                column('holds', 'bool'),
              ],
              rows: failing.slice(0, SHOWN).map((r) => [r.validator, r.lhs, r.rhs, r.holds]),
            },
          ],
    notes:
      failing.length > SHOWN
        ? [
            `${failing.length - SHOWN} more validators fail the sufficient condition (--format json lists all)`,
          ]
        : [],
  };
}

/** `restaking report`: the verdicts, then restaked against slashable stake and concentration per service. */
export function restakingReportView(d: RestakingCheckResult): View {
  const stakers = new Map(d.reported.map((r) => [r.service, r.stakers]));
  return {
    id: 'restaking-report',
    title: `Restaking network: ${d.name ?? 'restaking network'}`,
    lines: networkLines(d),
    tables: [
      {
        columns: [
          column('service', 'text'),
          column('operators', 'count'),
          amountColumn('restaked', d.unit),
          amountColumn('slashable', d.unit),
          column('slashable share', 'fraction'),
          column('HHI', 'number', 'hhi', 0),
          column('Nakamoto at α', 'count', 'nakamoto'),
          column('stakers', 'count'),
        ],
        rows: d.stake.services.map((s) => [
          s.service,
          s.operators,
          s.restaked,
          s.slashable,
          s.slashableShare,
          s.hhi,
          s.nakamoto,
          stakers.get(s.service) ?? null,
        ]),
      },
    ],
    notes:
      d.conversion.length > 0
        ? [
            `conversion (${d.conversion.length} operator-set allocations), first lines: ${d.conversion.slice(0, 5).join('; ')}`,
          ]
        : [],
  };
}

/** `restaking slash`: per strategy, what the slash burnt and every set's magnitude and slashable stake after. */
export function restakingSlashView(d: RestakingSlashResult): View {
  return {
    id: 'restaking-slash',
    title: `${d.set} slashes ${d.operator} by ${pct(d.fraction, 2)}`,
    lines: d.strategies.map(
      (s) =>
        `${d.operator}, ${s.strategy}: ${d.set} slashes ${pct(d.fraction, 2)}: ${s.slashed.toFixed(4)} ${d.unit ?? ''} burnt; delegated ${s.delegated.before} → ${s.delegated.after.toFixed(4)}; max magnitude ${s.maxMagnitude.before} → ${s.maxMagnitude.after}`,
    ),
    tables: [
      {
        columns: [
          column('strategy', 'text'),
          column('operator set', 'text', 'set'),
          column('magnitude before', 'text', 'magnitude_before'),
          column('after', 'text', 'magnitude_after'),
          amountColumn('slashable before', d.unit, 'slashable_before'),
          amountColumn('after', d.unit, 'slashable_after'),
        ],
        rows: d.strategies.flatMap((s) => [
          ...s.sets.map((x) => [
            s.strategy,
            x.set,
            x.magnitude.before,
            x.magnitude.after,
            x.slashable.before,
            x.slashable.after,
          ]),
          [s.strategy, '(free)', s.free.before, s.free.after, s.free.amountBefore, s.free.amountAfter],
        ]),
      },
    ],
    notes: [`wadsToSlash ${d.wadsToSlash} of 1e18 (AllocationManager rounds each cut up, mulWadRoundUp)`],
  };
}

/** `restaking babylon`: the covenant, the slashing rate and the BTC at risk, unbonding and finality. */
export function restakingBabylonView(d: RestakingBabylonResult): View {
  const b = d.security;
  const price = d.btcPrice;
  return {
    id: 'restaking-babylon',
    title: 'Babylon Bitcoin staking',
    lines: [
      `Babylon: ${b.covenant.text}; ${b.finalityProviders} finality providers registered`,
      `  slashing rate ${share(b.slashingRate)}: ${b.stakedBtc === null ? 'no staked BTC figure stored' : `${amount(b.stakedBtc, 'BTC')} staked, ${b.stakeAtRiskBtc === null ? 'the BTC at risk unknown' : `${amount(b.stakeAtRiskBtc, 'BTC')} at risk`}${b.stakeAtRiskUsd !== null && price !== null ? ` ($${Math.round(b.stakeAtRiskUsd).toLocaleString('en-US')})` : ''} if every provider equivocates`}`,
      `  unbonding ${b.unbonding.blocks} blocks ≈ ${b.unbonding.days.toFixed(1)} d; finality needs > ${share(b.finality.quorum)} of voting power (${share(b.finality.haltShare)} withholding halts it, ${share(b.finality.safetyShare)} double-signing forks it and reveals their keys)`,
      `  (staked BTC at month-end ${d.month ?? '—'}; BTC at ${price ? `$${price.usd.toLocaleString('en-US')} on ${price.day}` : 'no stored price'})`,
    ],
    tables: [],
    notes: [b.text],
  };
}
