import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'location' })
export class LocationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'location_type', type: 'text' })
  locationType: 'physical' | 'postal' | 'virtual';

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /** Of the district, province or department the location lies in. */
  @Column({ type: 'text' })
  pcode: string;

  @Column({ name: 'address_1', type: 'text' })
  address1: string;

  @Column({ name: 'address_2', type: 'text', nullable: true })
  address2: string | null;

  /** District name (or the unit's own name for a province or department P-code). */
  @Column({ type: 'text' })
  city: string;

  /** Province name. */
  @Column({ type: 'text', nullable: true })
  region: string | null;

  /** Department name. */
  @Column({ name: 'state_province', type: 'text' })
  stateProvince: string;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text' })
  country: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified: Date;
}
