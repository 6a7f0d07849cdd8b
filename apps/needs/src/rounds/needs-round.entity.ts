import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One published round of a needs analysis (e.g. the GTRM joint needs analysis of 2022). A newer round of
 * the same analysis supersedes it; it is kept, and stays the round in force for days before the newer one.
 */
@Entity({ name: 'needs_round' })
export class NeedsRoundEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'analysis_code', type: 'text' })
  analysisCode: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'plan_year', type: 'int' })
  planYear: number;

  @Column({ name: 'in_force_from', type: 'date' })
  inForceFrom: string;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId: string | null;

  @Column({ name: 'supersedes_round_id', type: 'uuid', nullable: true })
  supersedesRoundId: string | null;

  @Column({ name: 'superseded_by_round_id', type: 'uuid', nullable: true })
  supersededByRoundId: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', nullable: true })
  methodology: string | null;

  @Column({ name: 'people_in_need_cell_count', type: 'int' })
  peopleInNeedCellCount: number;

  @Column({ name: 'severity_count', type: 'int' })
  severityCount: number;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy: string;
}
