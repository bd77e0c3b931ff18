import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { ValidationError } from '../../core/errors.ts';
import type { ChainId } from '../../model/chain.ts';
import { CHAINS } from '../../model/chains.ts';
import type { ExitDelays, SystemFacts, SystemHistory } from '../../model/system.ts';
import { formatPath } from '../zodIssue.ts';
import { readJsonFile } from './readJsonFile.ts';
import { SystemState } from './systemState.ts';

const name = z.string().min(1);
const state = z.record(z.string(), z.unknown());

const Entry = z
  .strictObject({
    from: z.iso.date(),
    sources: z.array(z.strictObject({ about: name, url: z.url() })).min(1),
    notes: z.array(name).default([]),
    facts: state.optional(),
    changes: state.optional(),
  })
  .refine((e) => (e.facts === undefined) !== (e.changes === undefined), {
    message: 'an entry has either facts (the first) or changes (every later one)',
  });

/**
 * One registry file (`registry/<id>.json`, see README "Registry"): the system's identity and its dated
 * history. The first entry gives every fact (`facts`), each later one what changed from its day
 * (`changes`: top-level fields replace, `design` and `delays` merge key by key); days strictly increase;
 * every entry names its sources. Each day's full state is checked as a whole (`SystemState`).
 */
export const RegistryFile = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    name,
    kind: z.enum(['ethereum-l2', 'bitcoin-layer']),
    chain: z.string().refine((c) => CHAINS.has(c as ChainId), {
      message: 'not a chain id of src/model/chains.ts (e.g. arbitrum, op-mainnet, stacks, babylon-genesis)',
    }),
    l2beatId: name.nullable(),
    bitcoinlayersSlug: name.nullable(),
    btcStakingProtocol: name.nullable().default(null),
    reviewed: z.iso.date(),
    history: z.array(Entry).min(1),
  })
  .superRefine((f, ctx) => {
    f.history.forEach((e, i) => {
      if ((i === 0) !== (e.facts !== undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, i === 0 ? 'facts' : 'changes'],
          message: i === 0 ? 'the first entry gives every fact (facts)' : 'a later entry gives changes',
        });
      const before = f.history[i - 1];
      if (before && e.from <= before.from)
        ctx.addIssue({ code: 'custom', path: ['history', i, 'from'], message: `not after ${before.from}` });
    });
    const last = f.history.at(-1);
    if (last && f.reviewed < last.from)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewed'],
        message: `before the last entry's day ${last.from}`,
      });
  });

/** Reads one registry file into its dated history; an error names the file, the entry and the field. */
export function readSystemFile(file: string): SystemHistory {
  const f = readJsonFile(file, RegistryFile);
  const expected = basename(file, '.json');
  if (f.id !== expected)
    throw new ValidationError(`id "${f.id}" differs from the file name "${expected}"`, {
      source: file,
      place: 'id',
    });
  const entries: SystemHistory['history']['entries'] = [];
  let raw: Record<string, unknown> = {};
  const sources: SystemFacts['sources'] = [];
  const notes: string[] = [];
  f.history.forEach((e, i) => {
    const from = e.from as Day;
    raw = e.facts ?? applyChanges(raw, e.changes ?? {});
    const parsed = SystemState(f.kind).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = i === 0 ? 'history[0].facts' : `history[${i}] (the state from ${from})`;
      throw new ValidationError(issue?.message ?? 'invalid', {
        source: file,
        place: `${where}.${formatPath(issue?.path ?? [])}`,
      });
    }
    sources.push(...e.sources.map((s) => ({ ...s, since: from })));
    notes.push(...e.notes.map((n) => `${from}: ${n}`));
    const s = parsed.data;
    const delays: ExitDelays = Object.fromEntries(
      Object.entries(s.delays).filter(([, v]) => v !== undefined),
    );
    const facts: SystemFacts = {
      ...s,
      id: f.id,
      name: f.name,
      kind: f.kind,
      chain: f.chain as ChainId,
      l2beatId: f.l2beatId,
      bitcoinlayersSlug: f.bitcoinlayersSlug,
      btcStakingProtocol: f.btcStakingProtocol,
      delays,
      asOf: from,
      since: from,
      sources: [...sources],
      notes: [...notes],
    };
    entries.push({ from, facts });
  });
  const latest = entries.at(-1)?.facts;
  if (!latest) throw new ValidationError('no history entries', { source: file, place: 'history' });
  const reviewed = f.reviewed as Day;
  return { ...latest, asOf: reviewed, history: { reviewed, entries } };
}

/** A later entry's changes over the state before it: fields replace, `design` and `delays` merge key by key. */
function applyChanges(
  before: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const next = { ...before };
  for (const [key, value] of Object.entries(changes)) {
    const old = before[key];
    const mergeable = (key === 'design' || key === 'delays') && isObject(value) && isObject(old);
    next[key] = mergeable ? { ...old, ...value } : value;
  }
  return next;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads every `*.json` file of the registry folder, sorted by id. */
export function readRegistry(dir: string): SystemHistory[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ValidationError('registry folder not found (set FAULTLINE_REGISTRY or --registry)', {
      source: dir,
    });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new ValidationError('no registry files (*.json) found', { source: dir });
  return files.map((f) => readSystemFile(join(dir, f)));
}
