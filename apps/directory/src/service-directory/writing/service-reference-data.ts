import { Injectable } from '@nestjs/common';
import { loadGazetteer } from '@coordination/geo';
import { checkSectorPair } from '@coordination/taxonomies';
import { ServiceErrors } from '../service.errors';
import { isIso6391Code } from '../shared/iso-639-1';
import { defaultPlanYear } from '../shared/plan-year';
import type { SectorCommand } from './service-details.schema';

export interface CheckedSector {
  planYear: number;
  sector: string;
  subSector: string | null;
}

/** The names an address needs, read from the gazetteer so they are spelled one way everywhere. */
export interface Place {
  pcode: string;
  /** District (or the unit itself for a province or department). */
  city: string;
  /** Province; null for a department. */
  region: string | null;
  /** Department. */
  stateProvince: string;
}

/**
 * Checks codes against the platform's reference data (libs/taxonomies, libs/geo) before anything
 * is written, and names the field at fault.
 */
@Injectable()
export class ServiceReferenceData {
  sectors(entries: readonly SectorCommand[], field: string, today = new Date()): CheckedSector[] {
    return entries.map((entry, index) => {
      const planYear = entry.planYear ?? defaultPlanYear(today);
      const problem = checkSectorPair(entry.sector, entry.subSector, planYear);
      if (problem) throw ServiceErrors.invalidSector(problem.message, `${field}.${index}.${problem.path}`);
      return { planYear, sector: entry.sector, subSector: entry.subSector ?? null };
    });
  }

  /** The current unit with this P-code, or `SERVICE.UNKNOWN_PCODE` on `field`. */
  place(pcode: string, field: string): Place {
    const gazetteer = loadGazetteer();
    const unit = gazetteer.byPcode(pcode);
    if (!unit) throw ServiceErrors.unknownPcode(pcode, field);
    const department = gazetteer.departmentOf(pcode);
    const province = gazetteer.rollUp(pcode, 'province');
    return {
      pcode: unit.pcode,
      city: unit.name,
      region: province?.name ?? null,
      stateProvince: department?.name ?? unit.name,
    };
  }

  languages(codes: readonly string[], field: string): void {
    codes.forEach((code, index) => {
      if (!isIso6391Code(code)) throw ServiceErrors.unknownLanguage(code, `${field}.${index}`);
    });
  }
}
