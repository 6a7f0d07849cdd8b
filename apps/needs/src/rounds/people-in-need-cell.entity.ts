import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NeedsPlaceLevel } from '@coordination/contracts';

/** People in need of one sector x place x population group in a round, split by sex and age. */
@Entity({ name: 'people_in_need_cell' })
export class PeopleInNeedCellEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'text' })
  pcode: string;

  @Column({ name: 'place_level', type: 'text' })
  placeLevel: NeedsPlaceLevel;

  @Column({ name: 'department_pcode', type: 'text' })
  departmentPcode: string;

  @Column({ name: 'province_pcode', type: 'text', nullable: true })
  provincePcode: string | null;

  @Column({ name: 'population_group', type: 'text' })
  populationGroup: string;

  @Column({ name: 'people_in_need', type: 'int' })
  peopleInNeed: number;

  @Column({ type: 'int' })
  girls: number;

  @Column({ type: 'int' })
  boys: number;

  @Column({ type: 'int' })
  women: number;

  @Column({ type: 'int' })
  men: number;

  @Column({ type: 'int' })
  unknown: number;

  @Column({ name: 'affected_population', type: 'int', nullable: true })
  affectedPopulation: number | null;

  @Column({ name: 'baseline_population', type: 'int', nullable: true })
  baselinePopulation: number | null;
}
