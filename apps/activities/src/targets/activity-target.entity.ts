import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlaceLevel } from '@coordination/contracts';

/** What a partner plans to reach with one indicator at one place in one plan year. */
@Entity({ name: 'activity_target' })
export class ActivityTargetEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'indicator_code', type: 'text' })
  indicatorCode: string;

  @Column({ name: 'plan_year', type: 'int' })
  planYear: number;

  @Column({ type: 'text' })
  pcode: string;

  @Column({ name: 'place_level', type: 'text' })
  placeLevel: PlaceLevel;

  @Column({ name: 'department_pcode', type: 'text' })
  departmentPcode: string;

  @Column({ name: 'province_pcode', type: 'text', nullable: true })
  provincePcode: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;

  @Column({ name: 'set_by', type: 'text' })
  setBy: string;
}
