import type { NetworkAssessment } from '../risk/restaking/assessNetwork.ts';
import type { SecurityCertificate } from '../risk/restaking/attackSearch.ts';
import type { BabylonSecurity } from '../risk/restaking/babylon.ts';
import { pct as fmtPct } from './format.ts';

const amount = (x: number, unit: string | null) =>
  `${x.toLocaleString('en-US', { maximumFractionDigits: x < 100 ? 2 : 0 })}${unit ? ` ${unit}` : ''}`;
/** A share as a percentage, with two decimals under 1% (the 0.1% slashing rate prints as 0.10%). */
const share = (x: number | null) => (x === null ? '—' : fmtPct(x, x > 0 && x < 0.01 ? 2 : 1));

/** One sentence for a certificate: secure with γ*, or the attack that breaks it. */
export function certificateText(c: SecurityCertificate, unit: string | null): string {
  if (!c.secure && c.validAttack) {
    const a = c.validAttack;
    return `NOT SECURE: ${a.validators.length} validators (stake ${amount(a.stake, unit)}) can attack ${a.services.join(', ')} for ${amount(a.profit, unit)}`;
  }
  if (c.gammaStar === null) return 'secure: no service has a corruption profit';
  const gamma = c.gammaExact
    ? `γ* = ${c.gammaStar.toFixed(4)}`
    : `γ* between ${(c.gammaLowerBound ?? 0).toFixed(4)} and ${c.gammaStar.toFixed(4)} (time budget spent)`;
  return `secure, ${gamma}: every attack forfeits at least ${(1 + (c.gammaLowerBound ?? 0)).toFixed(2)}× its profit`;
}

/** The per-service table: restaked vs slashable, concentration. */
export function serviceStakeTable(a: NetworkAssessment): { head: string[]; rows: string[][] } {
  const reported = new Map(a.reported.map((r) => [r.service, r]));
  return {
    head: [
      'service',
      'operators',
      `restaked (${a.unit ?? 'unit'})`,
      'slashable',
      'slashable share',
      'HHI',
      'Nakamoto at α',
      'stakers',
    ],
    rows: a.stake.services.map((s) => [
      s.service,
      String(s.operators),
      amount(s.restaked, null),
      amount(s.slashable, null),
      share(s.slashableShare),
      s.hhi.toFixed(0),
      String(s.nakamoto),
      reported.get(s.service)?.stakers?.toLocaleString('en-US') ?? '—',
    ]),
  };
}

/** Lines of the human view (`restaking report`, the main report's restaking section). */
export function networkLines(a: NetworkAssessment): string[] {
  const failing = a.sufficientCondition.filter((r) => !r.holds);
  const lines = [
    `${a.name ?? 'restaking network'} (${a.format === 'eigenlayer' ? 'EigenLayer form, checked on slashable stake' : 'graph form'})`,
    `  slashable stake: ${certificateText(a.certificate, a.unit)}`,
  ];
  if (a.onPaper) lines.push(`  restaked stake (as reported): ${certificateText(a.onPaper, a.unit)}`);
  lines.push(
    `  restaked ${amount(a.stake.restaked, a.unit)}, slashable ${amount(a.stake.slashable, a.unit)} (${share(a.stake.restaked > 0 ? a.stake.slashable / a.stake.restaked : null)}); the same stake is promised ${a.stake.leverage.toFixed(2)}× over`,
    `  EigenLayer sufficient condition: ${failing.length === 0 ? 'holds for every validator' : `fails for ${failing.length} of ${a.sufficientCondition.length} validators`}`,
  );
  for (const o of a.stake.overlaps.slice(0, 3))
    lines.push(`  overlap ${o.a} / ${o.b}: ${share(o.share)} of the smaller one's restaked stake is shared`);
  for (const l of a.liquidity) {
    lines.push(
      `  ${l.token}: ${amount(l.value, a.unit)} liquid, ${amount(l.instantLiquidity, a.unit)} can leave at once; ${share(l.stuckShare)} waits ${l.delayDays.toFixed(0)} days in a run`,
    );
  }
  if (a.cascade) {
    const c = a.cascade;
    const what = c.attackers.length
      ? `${c.attackers.length} validators then attack ${c.services.join(', ')}`
      : 'no valid attack follows';
    lines.push(
      `  cascade after a shock of ${share(c.psi)}${c.shock.length ? ` (${c.shock.join(', ')})` : ''}: ${what}; ${share(c.loss)} of stake lost (${c.method}${c.bound === null ? '' : `; Theorem 1 bound ${share(c.bound)}`})`,
    );
  }
  for (const x of a.assumptions) lines.push(`  assumption (${x.field}): ${x.text}`);
  return lines;
}

/** Babylon's security facts as lines. */
export function babylonLines(b: BabylonSecurity, btcPrice: number | null): string[] {
  return [
    `Babylon: ${b.covenant.text}; ${b.finalityProviders} finality providers registered`,
    `  slashing rate ${share(b.slashingRate)}: ${b.stakedBtc === null ? 'no staked BTC figure stored' : `${amount(b.stakedBtc, 'BTC')} staked, ${amount(b.stakeAtRiskBtc ?? 0, 'BTC')} at risk${b.stakeAtRiskUsd !== null && btcPrice !== null ? ` ($${Math.round(b.stakeAtRiskUsd).toLocaleString('en-US')})` : ''} if every provider equivocates`}`,
    `  unbonding ${b.unbonding.blocks} blocks ≈ ${b.unbonding.days.toFixed(1)} d; finality needs > ${share(b.finality.quorum)} of voting power (${share(b.finality.haltShare)} withholding halts it, ${share(b.finality.safetyShare)} double-signing forks it and reveals their keys)`,
  ];
}
