import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NeedsPlaceLevel } from '@coordination/contracts';

/** The severity phase (1 minimal to 5 catastrophic) of one place x population group in a round. */
@Entity({ name: 'severity_figure' })
export class SeverityFigureEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'text' })
  pcode: string;

  @PrimaryColumn({ name: 'population_group', type: 'text' })
  populationGroup: string;

  @Column({ name: 'place_level', type: 'text' })
  placeLevel: NeedsPlaceLevel;

  @Column({ name: 'department_pcode', type: 'text' })
  departmentPcode: string;

  @Column({ name: 'province_pcode', type: 'text', nullable: true })
  provincePcode: string | null;

  @Column({ type: 'smallint' })
  phase: number;
}
