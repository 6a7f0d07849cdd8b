import { randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { MasterKeyRing } from './master-keys';
import { OrganisationKeyEntity, type OrganisationKeyPurpose } from './organisation-key.entity';

/** Unwrapped keys kept in memory: enough for every organisation of a working group, bounded all the same. */
const CACHE_LIMIT = 2_000;

export interface OrganisationKey {
  id: string;
  key: Buffer;
}

export function wrappingContext(row: Pick<OrganisationKeyEntity, 'id' | 'organisationId' | 'purpose'>): string {
  return `referrals.organisation-key.v1|${row.id}|${row.organisationId}|${row.purpose}`;
}

/**
 * Organisations' keys: created on first use, unwrapped with the master key ring, cached. Creation
 * races between two requests end with one key (the unique index on the current key of a purpose);
 * the loser reads the winner's.
 */
export class OrganisationKeys {
  private readonly cache = new Map<string, Buffer>();

  constructor(private readonly masterKeys: MasterKeyRing) {}

  async current(
    manager: EntityManager,
    organisationId: string,
    purpose: OrganisationKeyPurpose,
  ): Promise<OrganisationKey> {
    const existing = await manager.findOneBy(OrganisationKeyEntity, { organisationId, purpose, retiredAt: IsNull() });
    const row = existing ?? (await this.create(manager, organisationId, purpose));
    return { id: row.id, key: this.unwrap(row) };
  }

  async byId(manager: EntityManager, organisationId: string, keyId: string): Promise<Buffer> {
    const cached = this.cache.get(keyId);
    if (cached) return cached;
    const row = await manager.findOneBy(OrganisationKeyEntity, { id: keyId, organisationId });
    if (!row) throw new Error(`organisation key ${keyId} of ${organisationId} does not exist`);
    return this.unwrap(row);
  }

  /** Starts a new DATA key for the organisation; records sealed before keep opening with the old one. */
  async rotateDataKey(manager: EntityManager, organisationId: string): Promise<string> {
    await manager.query(
      `UPDATE organisation_key SET retired_at = now()
        WHERE organisation_id = $1 AND purpose = 'DATA' AND retired_at IS NULL`,
      [organisationId],
    );
    return (await this.create(manager, organisationId, 'DATA')).id;
  }

  private async create(
    manager: EntityManager,
    organisationId: string,
    purpose: OrganisationKeyPurpose,
  ): Promise<OrganisationKeyEntity> {
    const id = randomUUID();
    const context = wrappingContext({ id, organisationId, purpose });
    const { masterKeyId, wrapped } = this.masterKeys.wrap(randomBytes(32), context);
    await manager.query(
      `INSERT INTO organisation_key (id, organisation_id, purpose, wrapped_key, master_key_id, created_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (organisation_id, purpose) WHERE retired_at IS NULL DO NOTHING`,
      [id, organisationId, purpose, wrapped, masterKeyId],
    );
    const current = await manager.findOneBy(OrganisationKeyEntity, { organisationId, purpose, retiredAt: IsNull() });
    if (!current) throw new Error(`no current ${purpose} key for organisation ${organisationId}`);
    return current;
  }

  private unwrap(row: OrganisationKeyEntity): Buffer {
    const cached = this.cache.get(row.id);
    if (cached) return cached;
    const key = this.masterKeys.unwrap(row.masterKeyId, row.wrappedKey, wrappingContext(row));
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(row.id, key);
    return key;
  }
}
