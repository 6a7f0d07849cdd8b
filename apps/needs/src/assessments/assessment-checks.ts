import { In, type EntityManager } from 'typeorm';
import { isPcode, loadGazetteer } from '@coordination/geo';
import { SECTOR_TAXONOMY } from '@coordination/taxonomies';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { NeedsErrorCode, needsError } from '../shared/needs.errors';

/** The referenced parts of an assessment, whatever command brings them. */
export interface AssessmentReferences {
  planYear: number;
  sectors: readonly string[];
  pcodes: readonly string[];
  collectionStart: string;
  collectionEnd: string;
  leadOrganisationIds: readonly string[];
}

/** Refuses, with the field at fault, what the input schema cannot know: taxonomy, places, period and leads. */
export async function checkAssessmentReferences(
  manager: EntityManager,
  references: AssessmentReferences,
  fieldOf: (name: keyof AssessmentReferences) => string = (name) => `input.${name}`,
): Promise<void> {
  const { planYear, collectionStart, collectionEnd } = references;
  if (!SECTOR_TAXONOMY.planYears().includes(planYear)) {
    throw needsError(
      NeedsErrorCode.UnknownPlanYear,
      `No sector taxonomy for plan year ${planYear}`,
      fieldOf('planYear'),
    );
  }
  references.sectors.forEach((sector, index) => {
    if (SECTOR_TAXONOMY.checkSectorPair(sector, null, planYear)) {
      const field = `${fieldOf('sectors')}.${index}`;
      throw needsError(NeedsErrorCode.UnknownSector, `Unknown sector ${sector} in plan year ${planYear}`, field);
    }
  });
  if (collectionEnd < collectionStart) {
    throw needsError(
      NeedsErrorCode.InvalidPeriod,
      `Data collection cannot end (${collectionEnd}) before it starts (${collectionStart})`,
      fieldOf('collectionEnd'),
    );
  }
  const gazetteer = loadGazetteer();
  references.pcodes.forEach((pcode, index) => {
    // A unit valid at either end of the collection counts: districts are created and retired over time.
    const known =
      isPcode(pcode) &&
      (gazetteer.byPcode(pcode, { asOf: collectionStart }) ?? gazetteer.byPcode(pcode, { asOf: collectionEnd }));
    if (!known) {
      const field = `${fieldOf('pcodes')}.${index}`;
      throw needsError(NeedsErrorCode.UnknownPlace, `${pcode} is not a Peruvian P-code during data collection`, field);
    }
  });
  const leads = [...new Set(references.leadOrganisationIds)];
  const active = await manager.find(OrganisationReplicaEntity, { where: { id: In(leads), status: 'ACTIVE' } });
  const activeIds = new Set(active.map((organisation) => organisation.id));
  const missing = references.leadOrganisationIds.findIndex((id) => !activeIds.has(id));
  if (missing >= 0) {
    throw needsError(
      NeedsErrorCode.UnknownOrganisation,
      `No active organisation with id ${references.leadOrganisationIds[missing]} is known to the needs service`,
      `${fieldOf('leadOrganisationIds')}.${missing}`,
    );
  }
}
