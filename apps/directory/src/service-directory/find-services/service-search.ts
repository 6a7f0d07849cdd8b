import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ServiceEntity } from '../entities/service.entity';
import { limaWallClock } from '../shared/lima-time';
import type { ServiceFilter } from './service-filter.input';

/** A schedule row `schedule` is open at the wall-clock time in the parameters. */
const SCHEDULE_IS_OPEN = `
  (schedule.valid_from IS NULL OR schedule.valid_from <= CAST(:openDate AS date))
  AND (schedule.valid_to IS NULL OR schedule.valid_to >= CAST(:openDate AS date))
  AND (schedule.byday IS NULL OR :openWeekday = ANY(string_to_array(schedule.byday, ',')))
  AND schedule.opens_at <= CAST(:openTime AS time) AND CAST(:openTime AS time) < schedule.closes_at`;

/**
 * At a location of the service (inside the P-code when one is asked for) whose schedules, or the
 * service's own when the location has none, are open at the time asked for.
 */
const OPEN_AT_A_LOCATION = (pcodeCondition: string) => `EXISTS (
  SELECT 1 FROM service_at_location sal
    JOIN location loc ON loc.id = sal.location_id
    JOIN schedule ON schedule.service_at_location_id = sal.id
      OR (schedule.service_id = service.id
          AND NOT EXISTS (SELECT 1 FROM schedule own WHERE own.service_at_location_id = sal.id))
   WHERE sal.service_id = service.id ${pcodeCondition} AND ${SCHEDULE_IS_OPEN})`;

/** A service delivered nowhere in particular (by phone, online) is open when its own schedules say so. */
const OPEN_WITHOUT_LOCATIONS = `(
  NOT EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.service_id = service.id)
  AND EXISTS (SELECT 1 FROM schedule WHERE schedule.service_id = service.id AND ${SCHEDULE_IS_OPEN}))`;

export interface ServicePosition {
  name: string;
  id: string;
}

/** Finds services by what they offer, for whom, where, in which language and when (GraphQL `services`). */
@Injectable()
export class ServiceSearch {
  /** Ids of the matching services after `after`, in name order, and how many match in all. */
  async find(
    manager: EntityManager,
    filter: ServiceFilter,
    page: { size: number; after: ServicePosition | null },
  ): Promise<{ ids: string[]; totalCount: number }> {
    const query = this.matching(manager, filter);
    const totalCount = await query.clone().getCount();
    if (page.after) {
      query.andWhere('(service.name, service.id) > (:afterName, :afterId)', {
        afterName: page.after.name,
        afterId: page.after.id,
      });
    }
    const rows = await query
      .select(['service.id', 'service.name'])
      .orderBy('service.name', 'ASC')
      .addOrderBy('service.id', 'ASC')
      .limit(page.size)
      .getMany();
    return { ids: rows.map((row) => row.id), totalCount };
  }

  private matching(manager: EntityManager, filter: ServiceFilter): SelectQueryBuilder<ServiceEntity> {
    const query = manager
      .createQueryBuilder(ServiceEntity, 'service')
      .where('service.status = :status', { status: filter.status });
    if (filter.organisationId) {
      query.andWhere('service.organisation_id = :organisationId', { organisationId: filter.organisationId });
    }
    if (filter.sector || filter.subSector) {
      // Both criteria must hold on one row: PRO/GBV, not PRO from one entry and GBV from another.
      query.andWhere(
        `EXISTS (SELECT 1 FROM service_sector sector WHERE sector.service_id = service.id
           AND (CAST(:sector AS text) IS NULL OR sector.sector = :sector)
           AND (CAST(:subSector AS text) IS NULL OR sector.sub_sector = :subSector))`,
        { sector: filter.sector ?? null, subSector: filter.subSector ?? null },
      );
    }
    if (filter.populationGroup) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM service_population_group population_group
           WHERE population_group.service_id = service.id AND population_group.population_group = :populationGroup)`,
        { populationGroup: filter.populationGroup },
      );
    }
    if (filter.specificNeed) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM service_specific_need need
           WHERE need.service_id = service.id AND need.specific_need = :specificNeed)`,
        { specificNeed: filter.specificNeed },
      );
    }
    if (filter.language) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM language WHERE language.service_id = service.id AND language.code = :language)`,
        { language: filter.language },
      );
    }
    // P-codes nest by prefix: a location in PE240101 lies in PE2401 and PE24.
    const pcodePrefix = filter.pcode ? `${filter.pcode}%` : null;
    if (filter.openAt) {
      const clock = limaWallClock(filter.openAt);
      query.setParameters({ openDate: clock.date, openWeekday: clock.weekday, openTime: clock.time });
      if (pcodePrefix) {
        query.andWhere(OPEN_AT_A_LOCATION('AND loc.pcode LIKE :pcodePrefix'), { pcodePrefix });
      } else {
        query.andWhere(`(${OPEN_AT_A_LOCATION('')} OR ${OPEN_WITHOUT_LOCATIONS})`);
      }
    } else if (pcodePrefix) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM service_at_location sal JOIN location loc ON loc.id = sal.location_id
           WHERE sal.service_id = service.id AND loc.pcode LIKE :pcodePrefix)`,
        { pcodePrefix },
      );
    }
    return query;
  }
}
