import type { ActivityReportSnapshot } from '@coordination/contracts';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import type { ActivityReportEntity } from '../activity-report.entity';
import { contentOf } from '../report-content';

/** The report as every report event carries it: all a read model needs, no personal data. */
export function reportSnapshot(report: ActivityReportEntity, indicator: IndicatorEntity): ActivityReportSnapshot {
  const content = contentOf(report);
  return {
    reportId: report.id,
    version: report.version,
    status: report.status,
    reportingOrganisationId: report.reportingOrganisationId,
    implementingOrganisationId: report.implementingOrganisationId,
    fundingOrganisationId: report.fundingOrganisationId,
    projectCode: report.projectCode,
    sector: report.sector,
    subSector: report.subSector,
    indicatorCode: report.indicatorCode,
    unit: indicator.unit,
    countsPeople: indicator.countsPeople,
    aggregation: indicator.aggregation,
    planYear: report.planYear,
    month: report.month,
    pcode: report.pcode,
    placeLevel: report.placeLevel,
    departmentPcode: report.departmentPcode,
    provincePcode: report.provincePcode,
    districtPcode: report.placeLevel === 'district' ? report.pcode : null,
    siteName: report.siteName,
    populationGroup: report.populationGroup,
    modality: report.modality,
    quantity: report.quantity,
    cells: content.cells,
    newBeneficiaries: report.newBeneficiaries,
    disability: report.disability,
    nationality: report.nationality,
    warningCodes: report.warnings.map((warning) => warning.code),
  };
}
