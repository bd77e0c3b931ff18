import { z } from 'zod';
import { atMostMembers, overMembers, RegistryL2Design } from '../../model/l2-design.ts';
import { DA_LAYERS, SYSTEM_TYPES } from '../../model/system.ts';

const count = z.number().int().positive();
const name = z.string().min(1);
const seconds = z.number().int().nonnegative().nullable().optional();

const Party = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), name }),
  z
    .strictObject({
      kind: z.literal('committee'),
      name,
      members: count.nullable(),
      threshold: count.nullable(),
    })
    .refine(atMostMembers, overMembers),
  z.strictObject({ kind: z.literal('open'), name }),
]);

const Custody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('canonical') }),
  z.strictObject({ kind: z.literal('bitvm2'), signers: count.nullable(), operators: count.nullable() }),
  z
    .strictObject({ kind: z.literal('federation'), members: count.nullable(), threshold: count.nullable() })
    .refine(atMostMembers, overMembers),
  z.strictObject({
    kind: z.literal('threshold-signers'),
    members: count.nullable(),
    share: z.number().gt(0).lte(1),
  }),
  z.strictObject({ kind: z.literal('custodian'), name }),
  z
    .strictObject({ kind: z.literal('self-custody'), members: count, threshold: count })
    .refine(atMostMembers, overMembers),
]);

/**
 * A registry system's full state on one day (the first history entry's `facts`, or an earlier state with a
 * later entry's `changes` applied), for a system of the given kind. Unknown keys are refused, counts the
 * public record does not give are null (never 0). An Ethereum L2 has a design (the `l2 assess` format) and
 * canonical custody; a Bitcoin layer neither; `daLayer` "ethereum" goes with onchain data only.
 */
export function SystemState(kind: 'ethereum-l2' | 'bitcoin-layer') {
  return z
    .strictObject({
      type: z.enum(SYSTEM_TYPES),
      stack: name.nullable(),
      daLayer: z.enum(DA_LAYERS),
      proofSystem: name.nullable(),
      design: RegistryL2Design.nullable(),
      sequencer: Party,
      proposer: Party.nullable(),
      instantUpgrader: Party.nullable(),
      pauser: Party.nullable(),
      custody: Custody,
      delays: z.strictObject({
        forcedInclusionSeconds: seconds,
        settlementSeconds: seconds,
        withdrawalSeconds: seconds,
        unbondingSeconds: seconds,
      }),
    })
    .refine((s) => (kind === 'ethereum-l2') === (s.design !== null), {
      message: 'an ethereum-l2 needs a design (the `l2 assess` format); a bitcoin-layer has none',
      path: ['design'],
    })
    .refine((s) => (kind === 'ethereum-l2') === (s.custody.kind === 'canonical'), {
      message: 'custody "canonical" is for ethereum-l2 systems only, and they all use it',
      path: ['custody', 'kind'],
    })
    .refine((s) => !s.design || (s.design.dataAvailability === 'onchain') === (s.daLayer === 'ethereum'), {
      message: 'daLayer "ethereum" goes with design.dataAvailability "onchain", and only with it',
      path: ['daLayer'],
    });
}
