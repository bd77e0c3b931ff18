import type { Collusion, Custody } from '../../model/system.ts';

/** A custody model other than an Ethereum L2's canonical bridge. */
export type CustodyModel = Exclude<Custody, { kind: 'canonical' }>;

/** Who can steal the custodied BTC, who can freeze it (stop withdrawals), and the model in words. */
export type CustodyThresholds = { steal: Collusion; freeze: Collusion; note: string };

const parties = (n: number, who: string): Collusion => ({ status: 'parties', parties: n, who });
const unknown = (who: string): Collusion => ({ status: 'unknown', who });

/**
 * Collusion thresholds of a custody model (MODELS §5). A count the public record does not give makes
 * the threshold unknown, never zero.
 * @example custodyThresholds({ kind: 'threshold-signers', members: 14, share: 0.7 }) // steal 10, freeze 5
 */
export function custodyThresholds(m: CustodyModel): CustodyThresholds {
  switch (m.kind) {
    case 'bitvm2':
      return {
        steal:
          m.signers === null ? unknown('every BitVM2 setup signer') : parties(m.signers, 'setup signers'),
        freeze: m.operators === null ? unknown('every bridge operator') : parties(m.operators, 'operators'),
        note: `BitVM2: safe with 1 honest of ${m.signers ?? 'n'} signers, live with 1 of ${m.operators ?? 'm'} operators`,
      };
    case 'federation': {
      if (m.members === null || m.threshold === null)
        return {
          steal: unknown('federation signers (set not disclosed)'),
          freeze: unknown('federation signers (set not disclosed)'),
          note: 'multisig, signers not public',
        };
      return {
        steal: parties(m.threshold, `of ${m.members} federation signers`),
        freeze: parties(m.members - m.threshold + 1, `of ${m.members} federation signers`),
        note: `${m.threshold}-of-${m.members} multisig`,
      };
    }
    case 'threshold-signers': {
      if (m.members === null)
        return {
          steal: unknown(`${Math.round(m.share * 100)}% of signers (set size not public)`),
          freeze: unknown('signers (set size not public)'),
          note: `threshold signers acting at ${Math.round(m.share * 100)}%`,
        };
      const needed = Math.ceil(m.share * m.members - 1e-9);
      return {
        steal: parties(needed, `of ${m.members} signers`),
        freeze: parties(m.members - needed + 1, `of ${m.members} signers`),
        note: `${needed} of ${m.members} signers (${Math.round(m.share * 100)}%)`,
      };
    }
    case 'custodian':
      return {
        steal: parties(1, m.name),
        freeze: parties(1, m.name),
        note: `one custodian holds the BTC: ${m.name}`,
      };
    case 'self-custody':
      return {
        steal: { status: 'none', who: "the staker's own key is needed to move BTC" },
        freeze: { status: 'none', who: 'the timelock path exits without the covenant committee' },
        note: `self-custody; ${m.threshold}-of-${m.members} covenant co-signs slashing (${m.members - m.threshold + 1} can delay early unbonding)`,
      };
  }
}
