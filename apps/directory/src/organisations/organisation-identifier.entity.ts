import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An identifier in an external scheme (IATI organisation id, Peruvian RUC...), unique per scheme. */
@Entity({ name: 'organisation_identifier' })
export class OrganisationIdentifierEntity {
  @PrimaryColumn({ type: 'text' })
  scheme: string;

  @PrimaryColumn({ type: 'text' })
  value: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;
}
