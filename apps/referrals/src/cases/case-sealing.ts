import type { EntityManager } from 'typeorm';
import type { PersonalData } from '../personal-data/personal-data';
import type { PersonalDataVault } from '../personal-data/personal-data-vault';
import { CaseSearchTermEntity } from './case-search-term.entity';

export interface SealedCaseData {
  dataKeyId: string;
  sealed: Buffer;
  terms: string[];
}

/** Seals a case's personal data and computes its blind-index terms, in the caller's transaction. */
export async function sealCaseData(
  vault: PersonalDataVault,
  manager: EntityManager,
  organisationId: string,
  caseId: string,
  data: PersonalData,
): Promise<SealedCaseData> {
  const { dataKeyId, sealed } = await vault.seal(manager, organisationId, caseId, data);
  const terms = [...new Set(await vault.indexTerms(manager, organisationId, data))];
  return { dataKeyId, sealed, terms };
}

/** Replaces a case's search terms, so they always describe the data version just sealed. */
export async function replaceSearchTerms(
  manager: EntityManager,
  caseId: string,
  organisationId: string,
  terms: readonly string[],
): Promise<void> {
  await manager.delete(CaseSearchTermEntity, { caseId });
  if (terms.length === 0) return;
  await manager.insert(
    CaseSearchTermEntity,
    terms.map((term) => ({ caseId, term, organisationId })),
  );
}
