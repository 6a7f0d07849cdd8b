import type { ActivityReportEntity } from '../activity-report.entity';
import type { ReportWarning } from '../report-warning';
import type { CheckedReport } from './report-checks';

/** The columns a checked report sets, content and what was derived from it (plan year, place, warnings). */
export function reportRowFields(
  { content, place, planYear }: CheckedReport,
  warnings: ReportWarning[],
): Omit<
  ActivityReportEntity,
  | 'id'
  | 'status'
  | 'version'
  | 'creationFingerprint'
  | 'returnComment'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'updatedBy'
  | 'submittedAt'
  | 'reviewedAt'
  | 'reviewedBy'
  | 'deletedAt'
  | 'deletedBy'
> {
  return {
    reportingOrganisationId: content.reportingOrganisationId,
    implementingOrganisationId: content.implementingOrganisationId,
    fundingOrganisationId: content.fundingOrganisationId,
    projectCode: content.projectCode,
    sector: content.sector,
    subSector: content.subSector,
    indicatorCode: content.indicatorCode,
    planYear,
    month: content.month,
    pcode: place.pcode,
    placeLevel: place.level,
    departmentPcode: place.departmentPcode,
    provincePcode: place.provincePcode,
    siteName: content.siteName,
    populationGroup: content.populationGroup,
    modality: content.modality,
    quantity: content.quantity,
    girls: content.cells?.girls ?? null,
    boys: content.cells?.boys ?? null,
    women: content.cells?.women ?? null,
    men: content.cells?.men ?? null,
    sexAgeUnknown: content.cells?.unknown ?? null,
    newBeneficiaries: content.newBeneficiaries,
    disability: content.disability,
    nationality: content.nationality,
    warnings,
  };
}
