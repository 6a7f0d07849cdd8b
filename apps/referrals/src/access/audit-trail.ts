import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { actorId } from '../shared/event-actor';
import { PersonalDataAccessEntity, type AccessPurpose } from './personal-data-access.entity';

export interface PersonalDataRead {
  caseId: string;
  referralId: string | null;
  fields: readonly string[];
  purpose: AccessPurpose;
  at: Date;
}

/** Writes the audit record of a read of personal data, in the transaction that reads it. */
export async function recordPersonalDataRead(
  manager: EntityManager,
  reader: Pick<Viewer, 'userId' | 'organisationId'>,
  read: PersonalDataRead,
): Promise<void> {
  await manager.insert(PersonalDataAccessEntity, {
    accessedAt: read.at,
    userId: actorId(reader),
    organisationId: reader.organisationId,
    caseId: read.caseId,
    referralId: read.referralId,
    fields: [...read.fields],
    purpose: read.purpose,
  });
}
