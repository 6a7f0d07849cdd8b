import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';
import type { IndicatorModel } from './indicator.model';

/** Reads the indicator catalogue; reports and targets look their indicator up here. */
@Injectable()
export class IndicatorCatalogue {
  constructor(private readonly dataSource: DataSource) {}

  find(planYear: number, code: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(IndicatorEntity, { planYear, code });
  }

  async findMany(keys: readonly { planYear: number; code: string }[]): Promise<Map<string, IndicatorEntity>> {
    const found = new Map<string, IndicatorEntity>();
    if (keys.length === 0) return found;
    const rows = await this.dataSource.manager.find(IndicatorEntity, {
      where: keys.map(({ planYear, code }) => ({ planYear, code })),
    });
    for (const row of rows) found.set(indicatorKey(row), row);
    return found;
  }

  list(planYear: number, sector?: string | null): Promise<IndicatorEntity[]> {
    return this.dataSource.manager.find(IndicatorEntity, {
      where: { planYear, ...(sector ? { sector } : {}) },
      order: { sector: 'ASC', code: 'ASC' },
    });
  }
}

export function indicatorKey(indicator: { planYear: number; code: string }): string {
  return `${indicator.planYear}:${indicator.code}`;
}

export function toIndicatorModel(indicator: IndicatorEntity): IndicatorModel {
  return {
    code: indicator.code,
    planYear: indicator.planYear,
    sector: indicator.sector,
    subSector: indicator.subSector,
    name: { es: indicator.nameEs, en: indicator.nameEn },
    unit: indicator.unit,
    countsPeople: indicator.countsPeople,
    aggregation: indicator.aggregation,
    requiresSexAgeDisaggregation: indicator.requiresSexAge,
    modalities: indicator.modalities,
  };
}
