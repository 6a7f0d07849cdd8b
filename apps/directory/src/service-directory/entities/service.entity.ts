import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ServiceStatus } from '../shared/service-status';

@Entity({ name: 'service' })
export class ServiceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  status: ServiceStatus;

  @Column({ name: 'interpretation_services', type: 'text', nullable: true })
  interpretationServices: string | null;

  @Column({ name: 'application_process', type: 'text', nullable: true })
  applicationProcess: string | null;

  @Column({ name: 'fees_description', type: 'text', nullable: true })
  feesDescription: string | null;

  @Column({ name: 'eligibility_description', type: 'text', nullable: true })
  eligibilityDescription: string | null;

  @Column({ name: 'minimum_age', type: 'smallint', nullable: true })
  minimumAge: number | null;

  @Column({ name: 'maximum_age', type: 'smallint', nullable: true })
  maximumAge: number | null;

  /** YYYY-MM-DD: the day the information was last checked with the provider. */
  @Column({ name: 'assured_date', type: 'date', nullable: true })
  assuredDate: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  /** Moves whenever the service or anything shown with it changes (HSDS `last_modified`). */
  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified: Date;

  @Column({ name: 'last_modified_by', type: 'text' })
  lastModifiedBy: string;
}
