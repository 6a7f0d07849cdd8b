import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { openBytes, sealBytes } from './aead';
import { blindTerm, nameTokens, normaliseDocumentNumber, phoneticKey } from './blind-index';
import { MasterKeyConfigurationError, MasterKeyRing } from './master-keys';
import { OrganisationKeys } from './organisation-keys';
import { personalDataSchema, type PersonalData } from './personal-data';

export interface SealedPersonalData {
  /** The organisation DATA key that sealed it (an id, not the key). */
  dataKeyId: string;
  sealed: Buffer;
}

export interface CaseSearch {
  documentType?: string;
  documentNumber?: string;
  name?: string;
}

/** Ties a sealed record to its organisation and case: moved elsewhere, it does not open. */
function recordContext(organisationId: string, caseId: string): string {
  return `referrals.case-personal-data.v1|${organisationId}|${caseId}`;
}

const TERM_KIND = { documentNumber: 'document-number', document: 'document', name: 'name' } as const;

/**
 * The referrals service's personal-data vault (ADR 0007). Envelope encryption: each organisation
 * has its own DATA keys, wrapped by a master key from configuration; a case's personal data is one
 * AES-256-GCM record bound to its organisation and case. Search works on blind-index terms (HMACs
 * under the organisation's INDEX key), so finding a case never decrypts other cases.
 */
@Injectable()
export class PersonalDataVault implements OnModuleInit {
  private readonly keys: OrganisationKeys;

  constructor(
    private readonly dataSource: DataSource,
    private readonly masterKeys: MasterKeyRing,
  ) {
    this.keys = new OrganisationKeys(masterKeys);
  }

  /** Refuses to start when a stored key was wrapped by a master key that is not configured. */
  async onModuleInit(): Promise<void> {
    const rows: { master_key_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT master_key_id FROM organisation_key`,
    );
    const missing = rows.map((row) => row.master_key_id).filter((id) => !this.masterKeys.has(id));
    if (missing.length > 0) {
      throw new MasterKeyConfigurationError(
        `organisation keys are wrapped by master key(s) ${missing.join(', ')}, missing from REFERRALS_MASTER_KEYS: ` +
          'add them back (rotate-keys re-wraps everything under the active key, after which they can go)',
      );
    }
  }

  async seal(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    data: PersonalData,
  ): Promise<SealedPersonalData> {
    const checked = personalDataSchema.parse(data);
    return this.sealRecord(manager, organisationId, recordContext(organisationId, caseId), checked);
  }

  async open(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    sealed: SealedPersonalData,
  ): Promise<PersonalData> {
    const value = await this.openRecord(manager, organisationId, recordContext(organisationId, caseId), sealed);
    return personalDataSchema.parse(value);
  }

  /**
   * Seals any JSON value under the organisation's current DATA key, bound to `context` (which must
   * name the record it belongs to, so a sealed value copied to another record does not open).
   */
  async sealRecord(
    manager: EntityManager,
    organisationId: string,
    context: string,
    value: unknown,
  ): Promise<SealedPersonalData> {
    const { id, key } = await this.keys.current(manager, organisationId, 'DATA');
    const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
    return { dataKeyId: id, sealed: sealBytes(key, plaintext, context) };
  }

  /** Opens what {@link sealRecord} sealed with the same organisation and context; the caller checks its shape. */
  async openRecord(
    manager: EntityManager,
    organisationId: string,
    context: string,
    sealed: SealedPersonalData,
  ): Promise<unknown> {
    const key = await this.keys.byId(manager, organisationId, sealed.dataKeyId);
    return JSON.parse(openBytes(key, sealed.sealed, context).toString('utf8')) as unknown;
  }

  /** The terms a case is found by: its document (with and without type) and the sound of each name. */
  async indexTerms(manager: EntityManager, organisationId: string, data: PersonalData): Promise<string[]> {
    const { key } = await this.keys.current(manager, organisationId, 'INDEX');
    const terms = new Set<string>();
    if (data.document) {
      const number = normaliseDocumentNumber(data.document.number);
      terms.add(blindTerm(key, TERM_KIND.documentNumber, number));
      terms.add(blindTerm(key, TERM_KIND.document, `${data.document.type}:${number}`));
    }
    for (const token of nameTokens(`${data.givenNames} ${data.familyNames}`)) {
      terms.add(blindTerm(key, TERM_KIND.name, phoneticKey(token)));
    }
    return [...terms];
  }

  /**
   * What to look for. A document number must match exactly (with its type when given); otherwise
   * every word of the name must match one of the case's names by sound, so "Yosé Gonsalez" finds
   * "José Antonio González Pérez" and "Quintero" finds every Quintero.
   */
  async queryTerms(
    manager: EntityManager,
    organisationId: string,
    query: CaseSearch,
  ): Promise<{ terms: string[]; minimumMatches: number }> {
    const { key } = await this.keys.current(manager, organisationId, 'INDEX');
    if (query.documentNumber?.trim()) {
      const number = normaliseDocumentNumber(query.documentNumber);
      const term = query.documentType
        ? blindTerm(key, TERM_KIND.document, `${query.documentType.trim().toUpperCase()}:${number}`)
        : blindTerm(key, TERM_KIND.documentNumber, number);
      return { terms: [term], minimumMatches: 1 };
    }
    const terms = [
      ...new Set(nameTokens(query.name ?? '').map((token) => blindTerm(key, TERM_KIND.name, phoneticKey(token)))),
    ];
    return { terms, minimumMatches: terms.length };
  }

  /** Starts a new DATA key for an organisation (see rotate-keys). */
  rotateDataKey(manager: EntityManager, organisationId: string): Promise<string> {
    return this.keys.rotateDataKey(manager, organisationId);
  }
}
