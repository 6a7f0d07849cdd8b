import type { DataSource } from 'typeorm';
import type { MasterKeyRing } from './master-keys';
import { OrganisationKeyEntity } from './organisation-key.entity';
import { wrappingContext } from './organisation-keys';

const BATCH = 100;

/**
 * Re-wraps every organisation key not yet under the ring's active master key, in batches, each in its
 * own transaction (rows locked with SKIP LOCKED, so two runs share the work): stopping half-way loses
 * nothing and running again finishes. Cases are not touched. Returns how many keys were re-wrapped.
 */
export async function rewrapOrganisationKeys(
  dataSource: DataSource,
  masterKeys: MasterKeyRing,
  onProgress: (rewrapped: number) => void = () => undefined,
): Promise<number> {
  let rewrapped = 0;
  for (;;) {
    const done = await dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(OrganisationKeyEntity, 'key')
        .where('key.master_key_id <> :active', { active: masterKeys.activeKeyId })
        .orderBy('key.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        const context = wrappingContext(row);
        const key = masterKeys.unwrap(row.masterKeyId, row.wrappedKey, context);
        const { masterKeyId, wrapped } = masterKeys.wrap(key, context);
        await manager.update(OrganisationKeyEntity, row.id, { masterKeyId, wrappedKey: wrapped });
      }
      return rows.length;
    });
    if (done === 0) return rewrapped;
    rewrapped += done;
    onProgress(rewrapped);
  }
}
