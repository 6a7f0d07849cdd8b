import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { isUuid, parseInput } from '@coordination/graphql';
import { AccessPurposeEnum } from '../access/audit-log/personal-data-access.model';
import { ACCESS_PURPOSES, type AccessPurpose } from '../access/personal-data-access.entity';
import { ReadPersonalDataUseCase } from '../access/read-personal-data/read-personal-data.use-case';
import { ReferralCaseModel } from './case.model';
import { CaseMatchModel } from './case-match.model';
import {
  RegisterCaseInput,
  SearchCasesInput,
  UpdateCaseInput,
  registerCaseSchema,
  searchCasesSchema,
  updateCaseSchema,
} from './case-inputs';
import { CaseReader } from './case-reader';
import { CasePersonalDataModel } from './personal-data.graphql';
import { RegisterCaseUseCase } from './register-case/register-case.use-case';
import { SearchCasesQuery } from './search-cases/search-cases.query';
import { UpdateCaseUseCase } from './update-case/update-case.use-case';

const CASE_WORKERS = ['PARTNER_REPORTER', 'PARTNER_ADMIN'] as const;

const readSchema = z.object({ caseId: z.uuid(), purpose: z.enum(ACCESS_PURPOSES) });

@Resolver(() => ReferralCaseModel)
export class CasesResolver {
  constructor(
    private readonly registerUseCase: RegisterCaseUseCase,
    private readonly updateUseCase: UpdateCaseUseCase,
    private readonly searchQuery: SearchCasesQuery,
    private readonly reader: CaseReader,
    private readonly readPersonalData: ReadPersonalDataUseCase,
  ) {}

  @Mutation(() => ReferralCaseModel, { description: 'Case workers: a case of my organisation, personal data sealed.' })
  @Authenticated(...CASE_WORKERS)
  registerCase(@Args('input') input: RegisterCaseInput, @CurrentViewer() viewer: Viewer): Promise<ReferralCaseModel> {
    return this.registerUseCase.execute(parseInput(registerCaseSchema, input), viewer);
  }

  @Mutation(() => ReferralCaseModel, { description: 'Case workers of the organisation holding the case.' })
  @Authenticated(...CASE_WORKERS)
  updateCase(@Args('input') input: UpdateCaseInput, @CurrentViewer() viewer: Viewer): Promise<ReferralCaseModel> {
    return this.updateUseCase.execute(parseInput(updateCaseSchema, input), viewer);
  }

  @Query(() => [CaseMatchModel], { description: 'Cases of my organisation by document or name, best first.' })
  @Authenticated(...CASE_WORKERS)
  searchCases(@Args('input') input: SearchCasesInput, @CurrentViewer() viewer: Viewer): Promise<CaseMatchModel[]> {
    return this.searchQuery.execute(parseInput(searchCasesSchema, input), viewer);
  }

  @Query(() => ReferralCaseModel, {
    nullable: true,
    description: 'A case my organisation holds or received a referral of (no personal data).',
  })
  @Authenticated(...CASE_WORKERS)
  referralCase(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return isUuid(id) ? this.reader.visibleCase(id, viewer) : null;
  }

  @Query(() => CasePersonalDataModel, {
    description:
      'A case’s personal data, for case workers of the organisation holding it or receiving it under a standing consent. Every read is audited.',
  })
  @Authenticated(...CASE_WORKERS)
  casePersonalData(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('purpose', { type: () => AccessPurposeEnum }) purpose: AccessPurpose,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CasePersonalDataModel> {
    const command = parseInput(readSchema, { caseId, purpose }, 'args');
    return this.readPersonalData.execute(command, viewer) as Promise<CasePersonalDataModel>;
  }
}
