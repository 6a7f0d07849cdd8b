import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { domainError } from '@coordination/graphql';
import { checkSectorPair } from '@coordination/taxonomies';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import { IndicatorCatalogue } from '../../indicators/indicator-catalogue';
import { currentLimaMonth, planYearOf } from '../../shared/months';
import { placeInMonth, type ReportPlace } from '../../shared/places';
import type { ReportContent } from '../report-content';
import { ReportErrors } from '../report.errors';
import { assertActiveOrganisations } from './organisation-checks';
import { checkedPeopleCounts } from './people-count-checks';
import type { ReportDraft } from './report-draft';
import { databaseReferences, type ReportReferences } from './report-references';

/** A report that passed every check, with what was derived from it. */
export interface CheckedReport {
  content: ReportContent;
  indicator: IndicatorEntity;
  place: ReportPlace;
  planYear: number;
}

/**
 * The rules every saved report meets: a month that has started, a sector pair valid in that month's
 * plan year, a place valid in that month, an indicator of the sector delivered in an allowed way,
 * consistent counts of people, and active organisations. The first broken rule is thrown with its
 * code and field; nothing is written before this passes. Imports pass remembering `references` so
 * each of their rows meets exactly these rules without a database round trip per row.
 */
@Injectable()
export class ReportChecks {
  constructor(private readonly indicators: IndicatorCatalogue) {}

  async check(
    manager: EntityManager,
    draft: ReportDraft,
    now: Date = new Date(),
    references: ReportReferences = databaseReferences(manager, this.indicators),
  ): Promise<CheckedReport> {
    const { month } = draft;
    const currentMonth = currentLimaMonth(now);
    if (month > currentMonth) throw ReportErrors.monthInFuture(month, currentMonth);
    const planYear = planYearOf(month);
    const sectorProblem = checkSectorPair(draft.sector, draft.subSector, planYear);
    if (sectorProblem) {
      const field = sectorProblem.path === 'planYear' ? 'input.month' : `input.${sectorProblem.path}`;
      throw domainError(sectorProblem.code, sectorProblem.message, field);
    }
    const place = placeInMonth(draft.pcode, month);
    if (!place) throw ReportErrors.unknownPlace(draft.pcode, month);

    const indicator = await references.indicator(planYear, draft.indicatorCode);
    if (!indicator) throw ReportErrors.unknownIndicator(draft.indicatorCode, planYear);
    const subSector = draft.subSector ?? indicator.subSector;
    if (indicator.sector !== draft.sector || (indicator.subSector !== null && indicator.subSector !== subSector)) {
      throw ReportErrors.indicatorSectorMismatch(
        indicator.code,
        [indicator.sector, indicator.subSector].filter(Boolean).join('/'),
        [draft.sector, subSector].filter(Boolean).join('/'),
      );
    }
    if (!(indicator.modalities as string[]).includes(draft.modality)) {
      throw ReportErrors.modalityNotAllowed(draft.modality, indicator.code, indicator.modalities);
    }
    const counts = checkedPeopleCounts(draft, indicator);
    await assertActiveOrganisations(references, draft);
    return { content: { ...draft, subSector, ...counts }, indicator, place, planYear };
  }
}
