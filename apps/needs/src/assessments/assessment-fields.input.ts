import { z } from 'zod';
import { ASSESSMENT_TYPES } from '@coordination/contracts';
import { POPULATION_GROUPS } from '@coordination/taxonomies';
import { isIsoDay } from '../shared/lima-date';

/** Shapes shared by register and update; references (places, sectors, leads) are checked by the use case. */
export const assessmentFieldSchemas = {
  title: z.string().trim().min(3).max(300),
  type: z.enum(ASSESSMENT_TYPES),
  method: z.string().trim().min(3).max(2000),
  leadOrganisationIds: z.array(z.uuid()).min(1).max(20),
  pcodes: z.array(z.string().trim().toUpperCase()).min(1).max(2000),
  populationGroups: z.array(z.enum(POPULATION_GROUPS)).min(1).max(POPULATION_GROUPS.length),
  sectors: z.array(z.string().trim().toUpperCase()).max(20),
  day: z.string().refine(isIsoDay, 'must be a day such as 2025-03-31'),
  status: z.enum(['PLANNED', 'ONGOING']),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(2000),
  planYear: z.number().int().min(2000).max(2100),
};
