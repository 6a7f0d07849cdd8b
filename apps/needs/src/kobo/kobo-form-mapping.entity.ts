import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { KoboFormMapping } from './kobo-form-mapping.schema';

/** One KoboToolbox form feeding one assessment: its secret (hashed) and how its answers are read. */
@Entity({ name: 'kobo_form_mapping' })
export class KoboFormMappingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  /** The form's asset uid in KoboToolbox (`_xform_id_string` in its submissions). */
  @Column({ name: 'kobo_asset_uid', type: 'text' })
  koboAssetUid: string;

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Column({ type: 'jsonb' })
  mapping: KoboFormMapping;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
