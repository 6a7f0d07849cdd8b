import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecordValue } from './map-kobo-submission';

/** The data one submission contributed to an assessment, as the form's mapping read it (latest revision). */
@Entity({ name: 'assessment_record' })
export class AssessmentRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ name: 'form_mapping_id', type: 'uuid' })
  formMappingId: string;

  @Column({ name: 'submission_uuid', type: 'text' })
  submissionUuid: string;

  @Column({ name: 'instance_id', type: 'text' })
  instanceId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  pcode: string;

  @Column({ name: 'population_group', type: 'text', nullable: true })
  populationGroup: string | null;

  @Column({ name: 'collected_on', type: 'date' })
  collectedOn: string;

  @Column({ type: 'jsonb' })
  values: Record<string, RecordValue>;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
