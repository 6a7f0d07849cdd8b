import type { TableRecord } from '@coordination/tabular';
import type { ActivityReportEntity } from '../reports/activity-report.entity';
import { placeName } from '../shared/places';
import type { ActivityTableFieldName } from '../imports/file-format/activity-table-fields';

type ExportRow = Partial<Record<ActivityTableFieldName, string | number | null>>;

/**
 * A report as a row of the import file: organisations by name (the importer resolves names, and
 * names are what people read), the place as P-codes at each level with names beside them, every count.
 */
export function reportExportRow(report: ActivityReportEntity, organisationName: (id: string) => string): TableRecord {
  const districtPcode = report.placeLevel === 'district' ? report.pcode : null;
  const row: ExportRow = {
    reportingOrganisation: organisationName(report.reportingOrganisationId),
    implementingOrganisation: organisationName(report.implementingOrganisationId),
    fundingOrganisation: report.fundingOrganisationId ? organisationName(report.fundingOrganisationId) : null,
    projectCode: report.projectCode,
    sector: report.sector,
    subSector: report.subSector,
    indicatorCode: report.indicatorCode,
    adm1Code: report.departmentPcode,
    adm1Name: placeName(report.departmentPcode),
    adm2Code: report.provincePcode,
    adm2Name: report.provincePcode ? placeName(report.provincePcode) : null,
    adm3Code: districtPcode,
    adm3Name: districtPcode ? placeName(districtPcode) : null,
    siteName: report.siteName,
    month: report.month,
    populationGroup: report.populationGroup,
    modality: report.modality,
    quantity: report.quantity,
    girls: report.girls,
    boys: report.boys,
    women: report.women,
    men: report.men,
    sexAgeUnknown: report.sexAgeUnknown,
    newBeneficiaries: report.newBeneficiaries,
    withDisability: report.disability?.withDisability ?? null,
    withoutDisability: report.disability?.withoutDisability ?? null,
    disabilityUnknown: report.disability?.unknown ?? null,
    venezuelan: report.nationality?.ven ?? null,
    colombian: report.nationality?.col ?? null,
    peruvian: report.nationality?.per ?? null,
    otherNationality: report.nationality?.other ?? null,
    nationalityUnknown: report.nationality?.unknown ?? null,
  };
  return row;
}
