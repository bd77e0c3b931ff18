import { z } from 'zod';
import { EIGENLAYER_WITHDRAWAL_DELAY_DAYS, type NetworkInput, operatorSetId } from './restaking.ts';

/**
 * The largest stake, profit, share count or value a network may state (in its own unit). Past it the
 * sums the check takes overflow what a double and the solver hold (a stake of 1e308 made HiGHS refuse its
 * matrix); 1e15 ETH or USD is more than all the value there is, so a larger figure is a unit mistake.
 */
export const MAX_AMOUNT = 1e15;

/** EigenLayer's WAD: a fresh operator's max magnitude per strategy, and the most a magnitude can be. */
export const WAD_MAGNITUDE = 1e18;

const id = z.string().min(1, 'expected a non-empty id').max(200, 'an id of at most 200 characters');
const amount = z
  .number()
  .finite()
  .nonnegative('must not be negative')
  .max(
    MAX_AMOUNT,
    `must be at most ${MAX_AMOUNT.toExponential()} (state amounts in a larger unit: ETH, not wei)`,
  );
const alpha = z.number().gt(0, 'α must be in (0, 1]').lte(1, 'α must be in (0, 1]');
const magnitude = z
  .number()
  .finite()
  .nonnegative('must not be negative')
  .max(WAD_MAGNITUDE, 'a magnitude is at most 1e18 (WAD)');
const notes = {
  name: z.string().max(500).optional(),
  unit: z.string().min(1).max(50).optional(),
  notes: z.array(z.string()).optional(),
};
const assumptions = z
  .array(z.strictObject({ field: z.string().min(1), text: z.string().min(1) }))
  .default([]);

/** Adds an issue for every id that appears twice in `items`, at `path[i].id`. */
function unique(items: { id: string }[], path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [path, i, 'id'] });
    seen.add(item.id);
  });
}

/** The graph form (MODELS §6): validators with stake, services with α, profit and their validators. */
const GraphFile = z
  .strictObject({
    ...notes,
    format: z.literal('graph'),
    assumptions,
    validators: z
      .array(z.strictObject({ id, stake: amount, restaked: amount.optional() }))
      .min(1, 'an empty network: at least one validator is needed'),
    services: z
      .array(
        z.strictObject({
          id,
          alpha,
          profit: amount,
          validators: z.array(id).min(1, 'a service needs at least one validator'),
        }),
      )
      .min(1, 'an empty network: at least one service is needed'),
  })
  .superRefine((net, ctx) => {
    unique(net.validators, 'validators', ctx);
    unique(net.services, 'services', ctx);
    const known = new Set(net.validators.map((v) => v.id));
    net.services.forEach((s, i) => {
      const seen = new Set<string>();
      s.validators.forEach((v, j) => {
        const path = ['services', i, 'validators', j];
        if (!known.has(v)) ctx.addIssue({ code: 'custom', message: `unknown validator "${v}"`, path });
        else if (seen.has(v))
          ctx.addIssue({ code: 'custom', message: `validator "${v}" listed twice`, path });
        seen.add(v);
      });
    });
  });

/** EigenLayer's form (ELIP-002): strategies, operator sets, operators with shares and allocations. */
const EigenLayerFile = z
  .strictObject({
    ...notes,
    format: z.literal('eigenlayer'),
    assumptions,
    sources: z.array(z.string()).default([]),
    withdrawalDelayDays: z.number().positive().max(3650).default(EIGENLAYER_WITHDRAWAL_DELAY_DAYS),
    strategies: z
      .array(z.strictObject({ id, valuePerShare: amount }))
      .min(1, 'at least one strategy is needed'),
    operatorSets: z
      .array(
        z.strictObject({
          avs: id,
          id: z
            .number()
            .int()
            .nonnegative()
            .max(2 ** 32 - 1),
          alpha,
          profit: amount,
          slashable: z.boolean().default(true),
          reportedRestaked: amount.optional(),
          stakers: z.number().int().nonnegative().max(MAX_AMOUNT).optional(),
        }),
      )
      .min(1, 'an empty network: at least one operator set is needed'),
    operators: z
      .array(
        z.strictObject({
          id,
          shares: z.record(z.string(), amount),
          maxMagnitude: z.record(z.string(), magnitude.positive('must be above 0')).default({}),
          allocations: z.array(
            z.strictObject({
              avs: id,
              set: z
                .number()
                .int()
                .nonnegative()
                .max(2 ** 32 - 1),
              strategy: id,
              magnitude,
            }),
          ),
        }),
      )
      .min(1, 'an empty network: at least one operator is needed'),
    liquidTokens: z.array(z.strictObject({ id, value: amount, instantLiquidity: amount })).default([]),
  })
  .superRefine((net, ctx) => {
    unique(net.strategies, 'strategies', ctx);
    unique(net.operators, 'operators', ctx);
    unique(net.liquidTokens, 'liquidTokens', ctx);
    const sets = new Set<string>();
    net.operatorSets.forEach((s, i) => {
      const key = operatorSetId({ avs: s.avs, set: s.id });
      if (sets.has(key))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate operator set "${key}"`,
          path: ['operatorSets', i],
        });
      sets.add(key);
    });
    const strategies = new Set(net.strategies.map((s) => s.id));
    net.operators.forEach((op, i) => {
      for (const strategy of Object.keys(op.shares))
        if (!strategies.has(strategy))
          ctx.addIssue({
            code: 'custom',
            message: `unknown strategy "${strategy}"`,
            path: ['operators', i, 'shares', strategy],
          });
      const used = new Map<string, number>();
      op.allocations.forEach((a, j) => {
        const path = ['operators', i, 'allocations', j];
        if (!sets.has(operatorSetId(a)))
          ctx.addIssue({ code: 'custom', message: `unknown operator set "${operatorSetId(a)}"`, path });
        if (!strategies.has(a.strategy))
          ctx.addIssue({ code: 'custom', message: `unknown strategy "${a.strategy}"`, path });
        used.set(a.strategy, (used.get(a.strategy) ?? 0) + a.magnitude);
      });
      for (const [strategy, total] of used) {
        const max = op.maxMagnitude[strategy] ?? WAD_MAGNITUDE;
        if (total > max)
          ctx.addIssue({
            code: 'custom',
            message: `allocations of ${strategy} add up to ${total}, above the max magnitude ${max}`,
            path: ['operators', i, 'allocations'],
          });
      }
    });
  });

/** The file as read, before it becomes a `NetworkInput`. */
type ParsedFile = z.output<typeof GraphFile> | z.output<typeof EigenLayerFile>;

function toNetworkInput(data: ParsedFile): NetworkInput {
  if (data.format === 'eigenlayer')
    return {
      format: 'eigenlayer',
      network: {
        name: data.name ?? null,
        unit: data.unit ?? null,
        strategies: data.strategies,
        operatorSets: data.operatorSets.map((s) => ({
          avs: s.avs,
          set: s.id,
          alpha: s.alpha,
          profit: s.profit,
          slashable: s.slashable,
          reportedRestaked: s.reportedRestaked ?? null,
          stakers: s.stakers ?? null,
        })),
        operators: data.operators.map((op) => ({
          id: op.id,
          shares: op.shares,
          maxMagnitude: Object.fromEntries(
            Object.keys(op.shares).map((s) => [s, op.maxMagnitude[s] ?? WAD_MAGNITUDE]),
          ),
          allocations: op.allocations,
        })),
        liquidTokens: data.liquidTokens,
        withdrawalDelayDays: data.withdrawalDelayDays,
        assumptions: data.assumptions,
        sources: data.sources,
      },
    };
  return {
    format: 'graph',
    network: {
      name: data.name ?? null,
      unit: data.unit ?? null,
      validators: data.validators.map((v) => ({ id: v.id, stake: v.stake, restaked: v.restaked ?? null })),
      services: data.services,
    },
    assumptions: data.assumptions,
  };
}

/**
 * A restaking network file or request body (README, "Restaking networks"), parsed into a `NetworkInput`:
 * the graph form `{validators, services}` (no `format` key needed) or EigenLayer's form
 * (`"format": "eigenlayer"`). Unknown validator ids, α outside (0, 1], negative or overflowing amounts
 * (above `MAX_AMOUNT`), duplicate ids and empty networks are refused at their JSON path.
 * @example validateJson(body, RestakingNetworkFile, 'request body network')
 */
export const RestakingNetworkFile = z
  .preprocess(
    (d) =>
      d !== null && typeof d === 'object' && !Array.isArray(d) && !('format' in d)
        ? { ...d, format: 'graph' }
        : d,
    z.discriminatedUnion('format', [EigenLayerFile, GraphFile]),
  )
  .transform(toNetworkInput);
export type RestakingNetworkFile = z.input<typeof RestakingNetworkFile>;
