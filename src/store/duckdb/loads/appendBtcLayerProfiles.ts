import type { Day } from '../../../core/day.ts';
import type { BtcLayerProfile } from '../../../model/btc-layer.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's Bitcoin layer reviews as of `asOf` (BTC locked null when unknown) to `btc_layer_profiles`. */
export async function appendBtcLayerProfiles(
  tx: SqlTx,
  dataset: string,
  asOf: Day,
  profiles: readonly BtcLayerProfile[],
): Promise<void> {
  await tx.append(
    'btc_layer_profiles',
    [
      ['dataset', 'varchar'],
      ['slug', 'varchar'],
      ['chain', 'varchar'],
      ['name', 'varchar'],
      ['entity_type', 'varchar'],
      ['live_status', 'varchar'],
      ['btc_locked', 'double'],
      ['custody', 'varchar'],
      ['data_availability', 'varchar'],
      ['operators', 'varchar'],
      ['finality', 'varchar'],
      ['as_of', 'date'],
    ],
    profiles.map((p) => [
      dataset,
      p.slug,
      p.chain,
      p.name,
      p.entityType,
      p.liveStatus,
      p.btcLocked,
      p.custody,
      p.dataAvailability,
      p.operators,
      p.finality,
      asOf,
    ]),
  );
}
