import { readFileSync } from 'node:fs';
import { openBytes, sealBytes } from './aead';

export const MASTER_KEYS_ENV = 'REFERRALS_MASTER_KEYS';
export const MASTER_KEYS_FILE_ENV = 'REFERRALS_MASTER_KEYS_FILE';
export const ACTIVE_MASTER_KEY_ENV = 'REFERRALS_ACTIVE_MASTER_KEY';

export class MasterKeyConfigurationError extends Error {}

/**
 * The master keys from configuration: `REFERRALS_MASTER_KEYS=id:base64,id:base64` (32-byte keys) or
 * the same list in the file `REFERRALS_MASTER_KEYS_FILE` (a mounted secret), and
 * `REFERRALS_ACTIVE_MASTER_KEY=id` (default: the last listed). Only organisations' keys are wrapped
 * with them, so replacing a master key re-wraps a few rows, never the cases.
 */
export class MasterKeyRing {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly activeKeyId: string,
  ) {}

  static fromEnvironment(environment: NodeJS.ProcessEnv = process.env): MasterKeyRing {
    const file = environment[MASTER_KEYS_FILE_ENV]?.trim();
    const listed = (environment[MASTER_KEYS_ENV] ?? (file ? readFileSync(file, 'utf8') : '')).trim();
    if (!listed) {
      throw new MasterKeyConfigurationError(
        `neither ${MASTER_KEYS_ENV} nor ${MASTER_KEYS_FILE_ENV} is set: the referrals service seals personal data and needs at least one master key (id:base64 of 32 bytes)`,
      );
    }
    const keys = new Map<string, Buffer>();
    for (const entry of listed.split(/[,\n]/).filter((line) => line.trim() !== '')) {
      const [id, encoded] = entry.trim().split(':', 2);
      const key = Buffer.from(encoded ?? '', 'base64');
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id ?? '') || key.length !== 32) {
        throw new MasterKeyConfigurationError(
          `${MASTER_KEYS_ENV}: "${id ?? ''}" must be an id of letters, digits, . _ - followed by ':' and 32 bytes in base64`,
        );
      }
      if (keys.has(id)) throw new MasterKeyConfigurationError(`${MASTER_KEYS_ENV}: key id ${id} is listed twice`);
      keys.set(id, key);
    }
    const activeKeyId = environment[ACTIVE_MASTER_KEY_ENV]?.trim() || [...keys.keys()].at(-1)!;
    if (!keys.has(activeKeyId)) {
      throw new MasterKeyConfigurationError(`${ACTIVE_MASTER_KEY_ENV}=${activeKeyId} is not among ${MASTER_KEYS_ENV}`);
    }
    return new MasterKeyRing(keys, activeKeyId);
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  wrap(organisationKey: Buffer, associatedData: string): { masterKeyId: string; wrapped: Buffer } {
    return {
      masterKeyId: this.activeKeyId,
      wrapped: sealBytes(this.key(this.activeKeyId), organisationKey, associatedData),
    };
  }

  unwrap(masterKeyId: string, wrapped: Buffer, associatedData: string): Buffer {
    return openBytes(this.key(masterKeyId), wrapped, associatedData);
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) {
      throw new MasterKeyConfigurationError(`master key ${keyId} is not configured (${MASTER_KEYS_ENV})`);
    }
    return key;
  }
}
