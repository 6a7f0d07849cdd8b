import { randomUUID } from 'node:crypto';
import {
  createActivityReportSchema,
  type CreateActivityReportCommand,
} from '../reports/commands/create-report/create-activity-report.input';

/**
 * A valid create command as the resolver would pass it (parsed by the input schema): 40 GBV survivors
 * in case management in San Juan de Lurigancho, Lima, in March 2025. Tests change what they need.
 */
export function reportCommand(
  reportingOrganisationId: string,
  overrides: Record<string, unknown> = {},
): CreateActivityReportCommand {
  return createActivityReportSchema.parse({
    id: randomUUID(),
    reportingOrganisationId,
    sector: 'PRO',
    subSector: 'GBV',
    indicatorCode: 'PRO-GBV-01',
    pcode: 'PE150132',
    month: '2025-03',
    populationGroup: 'IN_DESTINATION',
    modality: 'SERVICE',
    quantity: 40,
    cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
    newBeneficiaries: 25,
    ...overrides,
  });
}

/** 120 people receiving primary health care in Tumbes (a department-level report). */
export function healthReportCommand(
  reportingOrganisationId: string,
  overrides: Record<string, unknown> = {},
): CreateActivityReportCommand {
  return reportCommand(reportingOrganisationId, {
    sector: 'HEA',
    subSector: null,
    indicatorCode: 'HEA-01',
    pcode: 'PE24',
    quantity: 120,
    cells: { girls: 20, boys: 25, women: 40, men: 30, unknown: 5 },
    newBeneficiaries: 60,
    ...overrides,
  });
}
