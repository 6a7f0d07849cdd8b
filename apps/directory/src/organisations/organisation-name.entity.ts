import { Column, Entity, PrimaryColumn } from 'typeorm';

export type OrganisationNameKind = 'NAME' | 'ACRONYM' | 'ALIAS';

/** Every name an organisation is known by, with the normalised key it is searched by. */
@Entity({ name: 'organisation_name' })
export class OrganisationNameEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ type: 'text' })
  normalised: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationNameKind;
}
