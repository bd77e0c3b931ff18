import { CHAINS } from '../../model/chains.ts';
import { deriveTvlFacts } from './deriveTvlFacts.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Session } from './session.ts';

/** The migrations that added derived TVL facts: stores made before them get them filled in once. */
const DERIVED_TVL_MIGRATIONS = new Set([2, 3, 4]);

/**
 * Applies the pending migrations (each in its own transaction, recorded in `schema_migrations`), fills in
 * derived TVL facts a store made before them lacks, and refreshes the chain registry from `model/chains.ts`
 * when it differs.
 */
export async function migrateStore({ rows, run, tx, inTransaction }: Session): Promise<void> {
  await run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)',
  );
  const applied = new Set(
    (await rows<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
  );
  const pending = MIGRATIONS.filter((m) => !applied.has(m.version));
  for (const migration of pending) {
    await inTransaction(async () => {
      await run(migration.sql);
      await run('INSERT INTO schema_migrations VALUES (?, ?, now())', [migration.version, migration.name]);
    });
  }
  if (applied.size > 0 && pending.some((m) => DERIVED_TVL_MIGRATIONS.has(m.version))) {
    await inTransaction(() => deriveTvlFacts(run, { dataset: null }));
  }
  const byId = (a: readonly unknown[], b: readonly unknown[]) => String(a[0]).localeCompare(String(b[0]));
  const wanted = [...CHAINS.values()].map((c) => [c.id, c.name, c.layer, c.parent, c.stack, c.da]).sort(byId);
  const stored = await rows<Record<string, string | null>>(
    'SELECT id, name, layer, parent, stack, da FROM chains',
  );
  // A store whose chain registry is already this one is left as it is: opening it to read writes nothing.
  if (JSON.stringify(stored.map((r) => Object.values(r)).sort(byId)) === JSON.stringify(wanted)) return;
  await inTransaction(async () => {
    await run('DELETE FROM chains');
    await tx.append(
      'chains',
      [
        ['id', 'varchar'],
        ['name', 'varchar'],
        ['layer', 'varchar'],
        ['parent', 'varchar'],
        ['stack', 'varchar'],
        ['da', 'varchar'],
      ],
      wanted,
    );
  });
}
