import type { INestApplicationContext } from '@nestjs/common';
import type { Viewer } from '@coordination/auth';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisation.entity';
import { RegisterOrganisationUseCase } from '../register-organisation/register-organisation.use-case';
import { DEMO_ORGANISATIONS } from './demo-organisations';

/** Registers the demo working group through the normal use case, so every replica hears of it. */
export async function seedDemoOrganisations(app: INestApplicationContext, actor: Viewer): Promise<number> {
  const register = app.get(RegisterOrganisationUseCase);
  const existing = new Set(
    (
      await app
        .get(DataSource)
        .getRepository(OrganisationEntity)
        .find({ select: { id: true } })
    ).map((row) => row.id),
  );
  let created = 0;
  for (const organisation of DEMO_ORGANISATIONS) {
    if (existing.has(organisation.id)) continue;
    await register.execute({ ...organisation }, actor, `demo-data-${organisation.acronym}`);
    created += 1;
  }
  return created;
}
