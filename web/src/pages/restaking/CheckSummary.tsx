import type { Documents } from '../../api.ts';
import { inUnit, pct } from '../../format.ts';

type Check = Documents['/api/v1/restaking'];
type Attack = NonNullable<Check['validAttack']>;

/** A coalition in words: who attacks what, and both sides of π_A > σ_B exactly as the document writes them. */
function attack(a: Attack, unit: string | null): string {
  const who =
    a.validators.length === 0
      ? 'no validator at all (no stake to lose)'
      : `${a.validators.length} validator(s)`;
  return `${who} can attack ${a.services.join(', ')}: profit π_A ${a.exact.profit} > stake σ_B ${a.exact.stake}${unit ? ` ${unit}` : ''}`;
}

/** The verdict on what was checked (slashable stake, or the graph), with its certificate. */
export function verdict(c: Check): string {
  if (c.secure)
    return `Secure on ${c.checked}: γ* = ${c.gammaStar?.toFixed(4) ?? 'unknown'}${c.gammaExact ? ' (exact)' : ' (upper end of the bracket below)'}.`;
  if (!c.validAttack) return `Insecure on ${c.checked}, with no attack in the answer.`;
  return `Insecure on ${c.checked}: ${attack(c.validAttack, c.unit)}.`;
}

/** γ*'s proven bracket as the document gives it, or why there is none. */
function bracket(c: Check): string {
  const b = c.gammaBounds;
  if (!b)
    return c.secure ? 'No γ* bracket: no service has a profit.' : 'No γ* bracket: the network is insecure.';
  const relax = b.relaxation
    ? `; relaxation [${b.relaxation.lower?.toFixed(4) ?? '—'}, ${b.relaxation.upper?.toFixed(4) ?? '—'}] in ${b.relaxation.solves} solves${b.relaxation.complete ? '' : ' (stopped on its work limit)'}`
    : '';
  return `γ* in [${b.lower.toFixed(4)} (${b.lowerSource}), ${b.upper.toFixed(4)} (${b.upperSource})], width ${pct(b.width, 2)}${b.exact ? ', closed: exact' : ''}; exact search [${b.exactSearch.lower.toFixed(4)}, ${b.exactSearch.upper.toFixed(4)}] in ${b.exactSearch.solves} solves${relax}.`;
}

/**
 * A restaking check's headline, as the document states it: the verdict and its certificate, the verdict
 * on restaked stake ("on paper") for EigenLayer files, γ*'s bracket, the totals restaked and slashable, and
 * the worst cascade when a shock was asked for.
 */
export function CheckSummary({ check, id }: { check: Check; id: string }) {
  const s = check.stake;
  const onPaper = check.onPaper;
  const cascade = check.cascade;
  return (
    <ul id={id}>
      <li id={`${id}-verdict`}>{verdict(check)}</li>
      {onPaper ? (
        <li id={`${id}-on-paper`}>
          On restaked stake (on paper, not slashable):{' '}
          {onPaper.secure
            ? `secure, γ* = ${onPaper.gammaStar?.toFixed(4) ?? 'unknown'}`
            : onPaper.validAttack
              ? `insecure: ${attack(onPaper.validAttack, check.unit)}`
              : 'insecure'}
          .
        </li>
      ) : null}
      <li id={`${id}-bracket`}>{bracket(check)}</li>
      <li id={`${id}-totals`}>
        Restaked <strong>{inUnit(s.restaked, check.unit)}</strong>, slashable{' '}
        <strong>{inUnit(s.slashable, check.unit)}</strong>; the same stake is promised {s.leverage.toFixed(2)}
        × over.
      </li>
      {cascade ? (
        <li id={`${id}-cascade`}>
          Worst cascade after losing {pct(cascade.psi)} of all stake (
          {cascade.shock.join(', ') || 'no one named'}): {pct(cascade.loss)} lost ({cascade.method}
          {cascade.bound === null ? '' : `; Theorem 1 bound ${pct(cascade.bound)}`}), attackers{' '}
          {cascade.attackers.join(', ') || 'none'} on {cascade.services.join(', ') || 'no service'}.
        </li>
      ) : null}
    </ul>
  );
}
