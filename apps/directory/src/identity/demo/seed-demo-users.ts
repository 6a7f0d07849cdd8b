import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { demoOrganisationByAcronym } from '../../organisations/demo/demo-organisations';
import { GrantRoleUseCase } from '../roles/grant-role/grant-role.use-case';
import { RegisterUserUseCase } from '../users/register-user/register-user.use-case';
import { UserAccountEntity } from '../user-account.entity';
import { DEMO_USERS } from './demo-users';

/** Creates the demo users and their roles through the use cases (events included); existing ones are left alone. */
export async function seedDemoUsers(app: INestApplicationContext, actor: Viewer, password: string): Promise<number> {
  const registerUser = app.get(RegisterUserUseCase);
  const grantRole = app.get(GrantRoleUseCase);
  const accounts = app.get(DataSource).getRepository(UserAccountEntity);
  let created = 0;
  for (const demo of DEMO_USERS) {
    const existing = await accounts
      .createQueryBuilder('account')
      .where('lower(account.email) = lower(:email)', { email: demo.email })
      .getOne();
    if (existing) continue;
    const correlationId = `demo-data-${demo.email}`;
    const user = await registerUser.execute(
      {
        organisationId: demoOrganisationByAcronym(demo.organisation).id,
        email: demo.email,
        displayName: demo.displayName,
        password,
      },
      actor,
      correlationId,
    );
    await grantRole.execute(
      { userId: user.id, role: demo.role, sector: demo.sector ?? null, regionPcode: null },
      actor,
      correlationId,
    );
    created += 1;
  }
  return created;
}
