import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganisationType } from '@coordination/contracts';

export type OrganisationStatus = 'ACTIVE' | 'MERGED';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  type: OrganisationType;

  @Column({ name: 'parent_organisation_id', type: 'uuid', nullable: true })
  parentOrganisationId: string | null;

  @Column({ name: 'working_group_member', type: 'boolean', default: false })
  workingGroupMember: boolean;

  @Column({ name: 'region_pcodes', type: 'text', array: true, default: () => `'{}'` })
  regionPcodes: string[];

  @Column({ type: 'text', default: 'ACTIVE' })
  status: OrganisationStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
