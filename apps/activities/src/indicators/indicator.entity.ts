import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AggregationMethod } from '@coordination/contracts';
import type { Modality, Unit } from '@coordination/taxonomies';

/**
 * One indicator of the catalogue for one plan year. Codes are per plan year like the sector
 * taxonomy: a later year can retire or change an indicator without touching earlier reports.
 */
@Entity({ name: 'indicator' })
export class IndicatorEntity {
  @PrimaryColumn({ name: 'plan_year', type: 'int' })
  planYear: number;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'sub_sector', type: 'text', nullable: true })
  subSector: string | null;

  @Column({ name: 'name_es', type: 'text' })
  nameEs: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'text' })
  unit: Unit;

  @Column({ name: 'counts_people', type: 'boolean' })
  countsPeople: boolean;

  @Column({ type: 'text' })
  aggregation: AggregationMethod;

  /** Reports must split the quantity into girls, boys, women, men and unknown. */
  @Column({ name: 'requires_sex_age', type: 'boolean' })
  requiresSexAge: boolean;

  @Column({ type: 'text', array: true })
  modalities: Modality[];
}
