import { randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { MasterKeyRing } from './master-keys';
import { OrganisationKeyEntity, type OrganisationKeyPurpose } from './organisation-key.entity';

/** Unwrapped keys kept in memory: enough for every organisation of a working group, bounded all the same. */
const CACHE_LIMIT = 2_000;
/**
 * How long the id of an organisation's current DATA key is trusted without asking the database. After
 * a rotation by another process a copy may seal with the retired key this long: harmless, since
 * retired keys still open what they sealed. INDEX keys never change.
 */
const CURRENT_DATA_KEY_TTL_MS = 60_000;

export interface OrganisationKey {
  id: string;
  key: Buffer;
}

interface CurrentKeyRow {
  id: string;
  organisation_id: string;
  purpose: OrganisationKeyPurpose;
  wrapped_key: Buffer;
  master_key_id: string;
  own_transaction: boolean;
}

type WrappedKey = Pick<OrganisationKeyEntity, 'id' | 'organisationId' | 'purpose' | 'wrappedKey' | 'masterKeyId'>;

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
  private readonly currentIds = new Map<string, { id: string; until: number }>();

  constructor(private readonly masterKeys: MasterKeyRing) {}

  async current(
    manager: EntityManager,
    organisationId: string,
    purpose: OrganisationKeyPurpose,
  ): Promise<OrganisationKey> {
    const slot = `${organisationId}|${purpose}`;
    const known = this.currentIds.get(slot);
    const cachedKey = known && known.until > Date.now() ? this.cache.get(known.id) : undefined;
    if (known && cachedKey) return { id: known.id, key: cachedKey };
    // A key made by the caller's own transaction may still roll back with it: used, not remembered.
    const [found]: CurrentKeyRow[] = await manager.query(
      `SELECT id, organisation_id, purpose, wrapped_key, master_key_id,
              xmin = pg_current_xact_id()::xid AS own_transaction
         FROM organisation_key
        WHERE organisation_id = $1 AND purpose = $2 AND retired_at IS NULL`,
      [organisationId, purpose],
    );
    const row: WrappedKey = found
      ? {
          id: found.id,
          organisationId: found.organisation_id,
          purpose: found.purpose,
          wrappedKey: found.wrapped_key,
          masterKeyId: found.master_key_id,
        }
      : await this.create(manager, organisationId, purpose);
    const key = this.unwrap(row);
    if (found && !found.own_transaction) {
      if (this.currentIds.size >= CACHE_LIMIT) this.currentIds.delete(this.currentIds.keys().next().value!);
      this.currentIds.set(slot, {
        id: row.id,
        until: purpose === 'INDEX' ? Number.POSITIVE_INFINITY : Date.now() + CURRENT_DATA_KEY_TTL_MS,
      });
    }
    return { id: row.id, key };
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
    this.currentIds.delete(`${organisationId}|DATA`);
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

  private unwrap(row: WrappedKey): Buffer {
    const cached = this.cache.get(row.id);
    if (cached) return cached;
    const key = this.masterKeys.unwrap(row.masterKeyId, row.wrappedKey, wrappingContext(row));
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(row.id, key);
    return key;
  }
}
