import type { EntityManager } from 'typeorm';
import { NeedsErrorCode, needsError } from '../shared/needs.errors';
import { AssessmentEntity } from './assessment.entity';

/** The assessment to change, locked for the transaction and at the version the caller read. */
export async function loadAssessmentForChange(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
): Promise<AssessmentEntity> {
  const assessment = await manager.findOne(AssessmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!assessment) throw needsError(NeedsErrorCode.AssessmentNotFound, `No assessment with id ${id}`, 'input.id');
  if (assessment.version !== expectedVersion) {
    throw needsError(
      NeedsErrorCode.VersionConflict,
      `The assessment changed since version ${expectedVersion} (now ${assessment.version}); reload and retry`,
      'input.expectedVersion',
    );
  }
  return assessment;
}
