import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One blind-index term of a case (a keyed digest of a document number, a name or a close spelling
 * of it): search compares digests, so no row is decrypted to find a case.
 */
@Entity({ name: 'case_search_term' })
export class CaseSearchTermEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  term: string;

  /** Copied from the case so the index answers "within my organisation" without a join. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;
}
