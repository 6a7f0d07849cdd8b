import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlaceLevel, ReportStatus } from '@coordination/contracts';
import type { DisabilityField, NationalityField } from '@coordination/taxonomies';
import type { ReportWarning } from './report-warning';

/** One row of a partner's 5W: who did what, where, when, for whom, and how many. */
@Entity({ name: 'activity_report' })
export class ActivityReportEntity {
  /** Chosen by the client (UUID or ULID), so a retried create finds the report it made. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  status: ReportStatus;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'reporting_organisation_id', type: 'uuid' })
  reportingOrganisationId: string;

  @Column({ name: 'implementing_organisation_id', type: 'uuid' })
  implementingOrganisationId: string;

  @Column({ name: 'funding_organisation_id', type: 'uuid', nullable: true })
  fundingOrganisationId: string | null;

  @Column({ name: 'project_code', type: 'text', nullable: true })
  projectCode: string | null;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'sub_sector', type: 'text', nullable: true })
  subSector: string | null;

  @Column({ name: 'indicator_code', type: 'text' })
  indicatorCode: string;

  @Column({ name: 'plan_year', type: 'int' })
  planYear: number;

  @Column({ type: 'text' })
  month: string;

  @Column({ type: 'text' })
  pcode: string;

  @Column({ name: 'place_level', type: 'text' })
  placeLevel: PlaceLevel;

  @Column({ name: 'department_pcode', type: 'text' })
  departmentPcode: string;

  @Column({ name: 'province_pcode', type: 'text', nullable: true })
  provincePcode: string | null;

  @Column({ name: 'site_name', type: 'text', nullable: true })
  siteName: string | null;

  @Column({ name: 'population_group', type: 'text' })
  populationGroup: string;

  @Column({ type: 'text' })
  modality: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int', nullable: true })
  girls: number | null;

  @Column({ type: 'int', nullable: true })
  boys: number | null;

  @Column({ type: 'int', nullable: true })
  women: number | null;

  @Column({ type: 'int', nullable: true })
  men: number | null;

  @Column({ name: 'sex_age_unknown', type: 'int', nullable: true })
  sexAgeUnknown: number | null;

  @Column({ name: 'new_beneficiaries', type: 'int', nullable: true })
  newBeneficiaries: number | null;

  @Column({ type: 'jsonb', nullable: true })
  disability: Record<DisabilityField, number> | null;

  @Column({ type: 'jsonb', nullable: true })
  nationality: Record<NationalityField, number> | null;

  @Column({ type: 'jsonb' })
  warnings: ReportWarning[];

  @Column({ name: 'creation_fingerprint', type: 'text' })
  creationFingerprint: string;

  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by', type: 'text', nullable: true })
  deletedBy: string | null;
}
