import type { L2Design } from '../../model/l2-design.ts';
import {
  type Collusion,
  type Custody,
  type ExitDelays,
  ONCHAIN_DA,
  type Party,
  type SystemFacts,
} from '../../model/system.ts';
import { custodyThresholds } from '../btc/custodyThresholds.ts';
import { assessL2, type L2Assessment } from './assessL2.ts';
import { formatSeconds } from './exitWindow.ts';
import type { StageOptions } from './stage.ts';

/** The longest a user waits to get out: the sum of the delays that apply, and how sure that sum is. */
export type ExitLatency = {
  /** Sum of the known parts (seconds); null when no part is known. */
  seconds: number | null;
  /**
   * `exact`: every part known; `at-least`: some part unknown; `operator-dependent`: the user cannot
   * leave without an operator or signer set acting, so no delay bounds the wait.
   */
  bound: 'exact' | 'at-least' | 'operator-dependent';
  parts: { name: string; seconds: number | null }[];
};

/**
 * The facts the value-weighted view sums over. Null: does not apply (no exit window outside Ethereum
 * L2s; self-custodied BTC does not depend on the layer's proofs or data).
 */
export type RiskFlags = {
  exitWindowNone: boolean | null;
  proofsAbsent: boolean | null;
  daOffchain: boolean | null;
  federatedBridge: boolean;
};

/** A system's risk in one frame for both kinds: who can steal, freeze or censor, and how long exit takes. */
export type SystemRisk = {
  id: string;
  name: string;
  kind: SystemFacts['kind'];
  type: SystemFacts['type'];
  daLayer: SystemFacts['daLayer'];
  /** L2BEAT's rules applied to the design (Ethereum L2s only). */
  l2: L2Assessment | null;
  steal: Collusion;
  freeze: Collusion;
  censor: Collusion;
  exitLatency: ExitLatency;
  custody: string;
  flags: RiskFlags;
};

const NO_PROOFS = new Set<L2Design['stateValidation']>(['none', 'sgx-proofs']);
const CAN_FORCE = new Set<L2Design['sequencerFailure']>(['self-sequence', 'force-via-l1']);
const CAN_PROPOSE = new Set<L2Design['proposerFailure']>(['self-propose', 'use-escape-hatch']);
const TRUSTED_CUSTODY = new Set<Custody['kind']>(['federation', 'threshold-signers', 'custodian']);

/**
 * Assesses one registry system (Ethereum L2 or Bitcoin layer) in the same frame: the fewest parties
 * that can steal, freeze and censor, the worst-case exit latency, and L2BEAT's rosette and stage where
 * they apply (`options.day`: the day the stage stands on). Pure.
 * @example assessSystem(facts).steal // { status: 'parties', parties: 9, who: 'Security Council (9 of 12) ...' }
 */
export function assessSystem(f: SystemFacts, options: StageOptions = {}): SystemRisk {
  const l2 = f.design ? assessL2(f.design, options) : null;
  const selfCustody = f.custody.kind === 'self-custody';
  const base = {
    id: f.id,
    name: f.name,
    kind: f.kind,
    type: f.type,
    daLayer: f.daLayer,
    l2,
    flags: {
      exitWindowNone: l2 ? l2.exitWindow.value === 'None' : null,
      proofsAbsent: selfCustody
        ? null
        : f.design
          ? NO_PROOFS.has(f.design.stateValidation)
          : f.proofSystem === null,
      daOffchain: selfCustody ? null : !ONCHAIN_DA.has(f.daLayer),
      federatedBridge: TRUSTED_CUSTODY.has(f.custody.kind),
    },
  };
  if (f.design && l2) return { ...base, ...l2Trust(f, f.design, l2) };
  return { ...base, ...layerTrust(f) };
}

type Trust = Pick<SystemRisk, 'steal' | 'freeze' | 'censor' | 'exitLatency' | 'custody'>;

function l2Trust(f: SystemFacts, d: L2Design, a: L2Assessment): Trust {
  const upgrade = upgradePath(f, a.exitWindow.value === 'None' && d.upgradeable);
  const steal = fewest(
    [
      d.stateValidation === 'none' && f.proposer
        ? actors(f.proposer, 'posts state roots no proof checks')
        : null,
      d.stateValidation === 'sgx-proofs' ? unknown('whoever can forge an SGX attestation') : null,
      upgrade,
    ],
    'no party: proofs check every state root and users can exit before any upgrade',
  );
  const dac =
    d.dataAvailability === 'dac' && d.dac
      ? at(d.dac.members - d.dac.threshold + 1, `of ${d.dac.members} DAC members withhold data`)
      : null;
  const freeze = fewest(
    [
      d.proposerFailure === 'cannot-withdraw' && f.proposer
        ? actors(f.proposer, 'stops proposing, so withdrawals stop')
        : null,
      dac,
      upgrade,
      f.pauser ? actors(f.pauser, 'can pause withdrawals') : null,
    ],
    'no party: users can propose state and withdraw themselves',
  );
  const censor =
    d.sequencerFailure === 'under-review'
      ? unknown('sequencer failure mode under review')
      : CAN_FORCE.has(d.sequencerFailure)
        ? none(
            `forced inclusion through L1 bounds censorship to ${delayText(f.delays.forcedInclusionSeconds)}`,
          )
        : actors(f.sequencer, 'can ignore users and L1 cannot force it');
  const unilateral = CAN_FORCE.has(d.sequencerFailure) && CAN_PROPOSE.has(d.proposerFailure);
  return {
    steal,
    freeze,
    censor,
    exitLatency: latency(f.delays, unilateral),
    custody: 'canonical bridge contract on Ethereum',
  };
}

/** The instant upgrade path: the recorded upgrader, or an unknown one when upgrades outpace exits. */
function upgradePath(f: SystemFacts, noExitWindow: boolean): Collusion | null {
  if (f.instantUpgrader) return actors(f.instantUpgrader, 'can upgrade the bridge with no delay');
  return noExitWindow ? unknown('upgrades outpace exits, but the upgrader is not recorded') : null;
}

function layerTrust(f: SystemFacts): Trust {
  if (f.custody.kind === 'canonical') {
    const who = 'canonical bridge without L2BEAT design facts';
    return {
      steal: unknown(who),
      freeze: unknown(who),
      censor: unknown(who),
      exitLatency: latency(f.delays, false),
      custody: who,
    };
  }
  const c = custodyThresholds(f.custody);
  const halt = haltingSet(f.sequencer);
  const upgrade = upgradePath(f, false);
  return {
    steal: fewest([c.steal, upgrade], c.steal.who),
    freeze:
      f.custody.kind === 'self-custody'
        ? fewest([c.freeze, upgrade], c.freeze.who)
        : fewest([c.freeze, halt, upgrade], c.freeze.who),
    censor: halt ?? none(`${f.sequencer.name}: an open set, no fixed group can censor`),
    exitLatency: latency(f.delays, f.custody.kind === 'self-custody'),
    custody: c.note,
  };
}

/** The fewest operators that can stop the chain: a single one, or enough of a committee to block its quorum. */
function haltingSet(p: Party): Collusion | null {
  if (p.kind === 'open') return null;
  if (p.kind === 'single') return at(1, `${p.name} stops producing blocks`);
  if (p.members === null || p.threshold === null) return unknown(`${p.name} (size or quorum not disclosed)`);
  return at(p.members - p.threshold + 1, `of ${p.members} ${p.name} block the quorum of ${p.threshold}`);
}

/** How many of a party must act for it to act. */
function actors(p: Party, what: string): Collusion {
  if (p.kind === 'single' || p.kind === 'open') return at(1, `${p.name} ${what}`);
  if (p.threshold === null) return unknown(`${p.name} (threshold not disclosed) ${what}`);
  const of = p.members === null ? '' : ` of ${p.members}`;
  return at(p.threshold, `${p.name} (${p.threshold}${of}) ${what}`);
}

/** The smallest known threshold among the paths; unknown only when every path is unknown. */
function fewest(paths: (Collusion | null)[], noneWho: string): Collusion {
  const present = paths.filter((p): p is Collusion => p !== null && p.status !== 'none');
  const known = present.filter((p) => p.status === 'parties');
  if (known.length > 0) {
    const best = known.reduce((a, b) => (b.parties < a.parties ? b : a));
    const open = present.length - known.length;
    return open > 0 ? { ...best, who: `${best.who}; ${open} other path(s) of unknown size` } : best;
  }
  if (present[0]) return unknown(present.map((p) => p.who).join('; '));
  return none(noneWho);
}

function latency(d: ExitDelays, unilateral: boolean): ExitLatency {
  const parts: ExitLatency['parts'] = [
    ['forced inclusion', d.forcedInclusionSeconds],
    ['settlement (challenge or proof delay)', d.settlementSeconds],
    ['bridge withdrawal', d.withdrawalSeconds],
    ['unbonding', d.unbondingSeconds],
  ]
    .filter((p): p is [string, number | null] => p[1] !== undefined)
    .map(([name, seconds]) => ({ name, seconds }));
  const known = parts.filter((p) => p.seconds !== null);
  const seconds = known.length === 0 ? null : known.reduce((s, p) => s + (p.seconds ?? 0), 0);
  const bound = !unilateral
    ? 'operator-dependent'
    : known.length === parts.length && parts.length > 0
      ? 'exact'
      : 'at-least';
  return { seconds, bound, parts };
}

/** An exit latency as text: `≥ 7d`, `12h`, `operator-dependent (≥ 1d)`. */
export function latencyText(l: ExitLatency): string {
  const s = l.seconds === null ? 'unknown' : l.seconds === 0 ? 'no fixed delay' : formatSeconds(l.seconds);
  if (l.bound === 'exact') return s;
  if (l.bound === 'at-least') return l.seconds === null ? 'unknown' : `≥ ${s}`;
  return l.seconds === null || l.seconds === 0 ? 'operator-dependent' : `operator-dependent (≥ ${s})`;
}

/** A collusion threshold as text: `9`, `none`, `unknown`. */
export function collusionText(c: Collusion): string {
  return c.status === 'parties' ? String(c.parties) : c.status;
}

const at = (parties: number, who: string): Collusion => ({ status: 'parties', parties, who });
const none = (who: string): Collusion => ({ status: 'none', who });
const unknown = (who: string): Collusion => ({ status: 'unknown', who });
const delayText = (s: number | null | undefined) => (s == null ? 'an unknown delay' : formatSeconds(s));
