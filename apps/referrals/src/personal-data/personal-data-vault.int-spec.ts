import { randomBytes, randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { SealedValueRejected } from './aead';
import { MasterKeyConfigurationError, MasterKeyRing } from './master-keys';
import { OrganisationKeys } from './organisation-keys';
import type { PersonalData } from './personal-data';
import { PersonalDataVault } from './personal-data-vault';
import { rewrapOrganisationKeys } from './rewrap-organisation-keys';

const OLD_KEY = `old-1:${randomBytes(32).toString('base64')}`;
const NEW_KEY = `new-2:${randomBytes(32).toString('base64')}`;

const ROSA: PersonalData = {
  givenNames: 'Rosa Elvira',
  familyNames: 'Huamán Ccori',
  dateOfBirth: '1988-02-03',
  nationality: 'PER',
  document: { type: 'DNI', number: '40-123.456' },
  phone: '+51 987 111 222',
};

const JOSE: PersonalData = {
  givenNames: 'José Antonio',
  familyNames: 'González Pérez',
  document: { type: 'CEDULA', number: 'V-18.555.001' },
};

describe('PersonalDataVault on PostgreSQL', () => {
  let database: TestDatabase;
  const organisation = randomUUID();
  const otherOrganisation = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase('referrals_vault', referralsDataSourceOptions);
  });

  afterAll(async () => {
    await database?.drop();
  });

  function vaultWith(...keys: string[]): PersonalDataVault {
    return new PersonalDataVault(
      database.dataSource,
      MasterKeyRing.fromEnvironment({ REFERRALS_MASTER_KEYS: keys.join(',') }),
    );
  }

  function inTransaction<T>(work: (manager: typeof database.dataSource.manager) => Promise<T>): Promise<T> {
    return database.dataSource.transaction(work);
  }

  it('seals a case record that opens only for its own organisation and case', async () => {
    const vault = vaultWith(OLD_KEY);
    const caseId = randomUUID();
    const sealed = await inTransaction((manager) => vault.seal(manager, organisation, caseId, ROSA));
    expect(sealed.sealed.includes(Buffer.from('Huamán'))).toBe(false);
    expect(await inTransaction((manager) => vault.open(manager, organisation, caseId, sealed))).toEqual(ROSA);
    await expect(inTransaction((manager) => vault.open(manager, organisation, randomUUID(), sealed))).rejects.toThrow(
      SealedValueRejected,
    );
    await expect(inTransaction((manager) => vault.open(manager, otherOrganisation, caseId, sealed))).rejects.toThrow();
  });

  it('stores organisation keys wrapped: the clear key bytes are nowhere in the table', async () => {
    const ring = MasterKeyRing.fromEnvironment({ REFERRALS_MASTER_KEYS: OLD_KEY });
    const keys = new OrganisationKeys(ring);
    const { key } = await inTransaction((manager) => keys.current(manager, organisation, 'DATA'));
    const rows: { wrapped_key: Buffer; master_key_id: string }[] = await database.dataSource.query(
      `SELECT wrapped_key, master_key_id FROM organisation_key`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.wrapped_key.includes(key))).toBe(false);
    expect(rows.every((row) => row.master_key_id === 'old-1')).toBe(true);
  });

  it('creates one key when many first writes of an organisation race', async () => {
    const racing = randomUUID();
    const vault = vaultWith(OLD_KEY);
    const sealed = await Promise.all(
      Array.from({ length: 6 }, () => inTransaction((manager) => vault.seal(manager, racing, randomUUID(), ROSA))),
    );
    expect(new Set(sealed.map((record) => record.dataKeyId)).size).toBe(1);
    const [{ current }] = await database.dataSource.query(
      `SELECT count(*)::int AS current FROM organisation_key WHERE organisation_id = $1 AND purpose = 'DATA' AND retired_at IS NULL`,
      [racing],
    );
    expect(current).toBe(1);
  });

  it('does not remember a key whose transaction rolled back: later records seal with a key that exists', async () => {
    const newcomer = randomUUID();
    const vault = vaultWith(OLD_KEY);
    await expect(
      inTransaction(async (manager) => {
        await vault.seal(manager, newcomer, randomUUID(), ROSA);
        throw new Error('the registration failed after sealing');
      }),
    ).rejects.toThrow('the registration failed');
    const caseId = randomUUID();
    const record = await inTransaction((manager) => vault.seal(manager, newcomer, caseId, ROSA));
    const again = await inTransaction((manager) => vault.seal(manager, newcomer, randomUUID(), ROSA));
    expect(again.dataKeyId).toBe(record.dataKeyId);
    const stored = await database.dataSource.query(`SELECT id FROM organisation_key WHERE id = $1`, [record.dataKeyId]);
    expect(stored).toHaveLength(1);
    expect(await inTransaction((manager) => vaultWith(OLD_KEY).open(manager, newcomer, caseId, record))).toEqual(ROSA);
  });

  it('rotates an organisation data key: new records use the new key, old records still open', async () => {
    const vault = vaultWith(OLD_KEY);
    const before = randomUUID();
    const after = randomUUID();
    const oldRecord = await inTransaction((manager) => vault.seal(manager, organisation, before, ROSA));
    const newKeyId = await inTransaction((manager) => vault.rotateDataKey(manager, organisation));
    const newRecord = await inTransaction((manager) => vault.seal(manager, organisation, after, JOSE));
    expect(newRecord.dataKeyId).toBe(newKeyId);
    expect(oldRecord.dataKeyId).not.toBe(newKeyId);
    const fresh = vaultWith(OLD_KEY);
    expect(await inTransaction((manager) => fresh.open(manager, organisation, before, oldRecord))).toEqual(ROSA);
    expect(await inTransaction((manager) => fresh.open(manager, organisation, after, newRecord))).toEqual(JOSE);
  });

  it('moves to a new master key by re-wrapping keys only, then works without the old one', async () => {
    const caseId = randomUUID();
    const record = await inTransaction((manager) => vaultWith(OLD_KEY).seal(manager, organisation, caseId, ROSA));
    await expect(vaultWith(NEW_KEY).onModuleInit()).rejects.toThrow(MasterKeyConfigurationError);

    const both = MasterKeyRing.fromEnvironment({ REFERRALS_MASTER_KEYS: `${OLD_KEY},${NEW_KEY}` });
    const rewrapped = await rewrapOrganisationKeys(database.dataSource, both);
    expect(rewrapped).toBeGreaterThan(0);
    expect(await rewrapOrganisationKeys(database.dataSource, both)).toBe(0);

    const onlyNew = vaultWith(NEW_KEY);
    await expect(onlyNew.onModuleInit()).resolves.toBeUndefined();
    expect(await inTransaction((manager) => onlyNew.open(manager, organisation, caseId, record))).toEqual(ROSA);
  });

  it('finds cases by document or by the sound of their names, without opening any record', async () => {
    const vault = vaultWith(NEW_KEY);
    const rosa = await inTransaction((manager) => vault.indexTerms(manager, organisation, ROSA));
    const jose = await inTransaction((manager) => vault.indexTerms(manager, organisation, JOSE));
    const matches = async (query: Parameters<PersonalDataVault['queryTerms']>[2]) => {
      const { terms, minimumMatches } = await inTransaction((manager) =>
        vault.queryTerms(manager, organisation, query),
      );
      const hits = (indexed: string[]) => terms.filter((term) => indexed.includes(term)).length >= minimumMatches;
      return { rosa: hits(rosa), jose: hits(jose) };
    };
    expect(await matches({ documentNumber: '40123456' })).toEqual({ rosa: true, jose: false });
    expect(await matches({ documentType: 'CEDULA', documentNumber: 'v18555001' })).toEqual({ rosa: false, jose: true });
    expect(await matches({ documentType: 'PASSPORT', documentNumber: 'V18555001' })).toEqual({
      rosa: false,
      jose: false,
    });
    expect(await matches({ name: 'Yosé Gonsalez' })).toEqual({ rosa: false, jose: true });
    expect(await matches({ name: 'rosa huaman' })).toEqual({ rosa: true, jose: false });
    expect(await matches({ name: 'Rosa Gonzalez' })).toEqual({ rosa: false, jose: false });
    const elsewhere = await inTransaction((manager) => vault.indexTerms(manager, otherOrganisation, ROSA));
    expect(elsewhere.some((term) => rosa.includes(term))).toBe(false);
    expect(rosa.every((term) => /^[0-9a-f]{24}$/.test(term))).toBe(true);
  });
});
