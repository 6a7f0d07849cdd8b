import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { PageArgs, checkedPageSize, parseInput, type Connection } from '@coordination/graphql';
import {
  PersonalDataAccessConnection,
  PersonalDataAccessFilterInput,
  personalDataAccessFilterSchema,
  type PersonalDataAccessModel,
} from './audit-log/personal-data-access.model';
import { PersonalDataAccessLogQuery } from './audit-log/personal-data-access-log.query';

@Resolver()
export class AccessLogResolver {
  constructor(private readonly log: PersonalDataAccessLogQuery) {}

  @Query(() => PersonalDataAccessConnection, {
    description: 'Platform admins: every read of personal data (who, when, case, fields, why), newest first.',
  })
  @Authenticated('PLATFORM_ADMIN')
  personalDataAccessLog(
    @Args('filter', { type: () => PersonalDataAccessFilterInput, nullable: true })
    filter: PersonalDataAccessFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<PersonalDataAccessModel>> {
    const parsed = parseInput(personalDataAccessFilterSchema, filter ?? {}, 'filter');
    return this.log.page(parsed, viewer, checkedPageSize(page), page.after);
  }
}
