import {
  registerAssessmentSchema,
  type RegisterAssessmentCommand,
} from '../assessments/register-assessment/register-assessment.input';

/** A flow-monitoring assessment led by `leadOrganisationId`, as the registry tests register it. */
export function assessmentCommandFor(
  leadOrganisationId: string,
  overrides: Record<string, unknown> = {},
): RegisterAssessmentCommand {
  return registerAssessmentSchema.parse({
    title: 'Monitoreo de flujos en Tumbes',
    type: 'FLOW_MONITORING',
    method: 'Entrevistas en el CEBAF de Tumbes, muestreo por cuotas',
    leadOrganisationIds: [leadOrganisationId],
    pcodes: ['PE24', 'PE2401'],
    populationGroups: ['IN_TRANSIT', 'PENDULAR'],
    sectors: ['HTR', 'PRO'],
    collectionStart: '2025-03-01',
    collectionEnd: '2025-03-31',
    planYear: 2025,
    ...overrides,
  });
}
