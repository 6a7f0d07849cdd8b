import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentStatus, AssessmentType } from '@coordination/contracts';

/** One assessment in the registry: who leads it, what it covers, when data was collected, where it is published. */
@Entity({ name: 'assessment' })
export class AssessmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  type: AssessmentType;

  @Column({ type: 'text' })
  method: string;

  @Column({ name: 'lead_organisation_ids', type: 'uuid', array: true })
  leadOrganisationIds: string[];

  @Column({ type: 'text', array: true })
  pcodes: string[];

  @Column({ name: 'population_groups', type: 'text', array: true })
  populationGroups: string[];

  @Column({ type: 'text', array: true })
  sectors: string[];

  @Column({ name: 'collection_start', type: 'date' })
  collectionStart: string;

  @Column({ name: 'collection_end', type: 'date' })
  collectionEnd: string;

  @Column({ type: 'text' })
  status: AssessmentStatus;

  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  @Column({ name: 'plan_year', type: 'int' })
  planYear: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The newer published assessment that replaced this one. */
  @Column({ name: 'superseded_by_assessment_id', type: 'uuid', nullable: true })
  supersededByAssessmentId: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
