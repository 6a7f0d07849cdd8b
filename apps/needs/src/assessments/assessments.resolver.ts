import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { PageArgs, checkedPageSize, correlationIdOf, isUuid, parseInput, type Connection } from '@coordination/graphql';
import { AssessmentEntity } from './assessment.entity';
import { AssessmentConnection, AssessmentModel } from './assessment.model';
import { toAssessmentModel } from './assessment-views';
import { PublishAssessmentInput, publishAssessmentSchema } from './publish-assessment/publish-assessment.input';
import { PublishAssessmentUseCase } from './publish-assessment/publish-assessment.use-case';
import { AssessmentFilterInput, assessmentFilterSchema } from './queries/assessment-filter.input';
import { SupersedeAssessmentInput, supersedeAssessmentSchema } from './supersede-assessment/supersede-assessment.input';
import { SupersedeAssessmentUseCase } from './supersede-assessment/supersede-assessment.use-case';
import { searchAssessments } from './queries/assessment-search';
import { RegisterAssessmentInput, registerAssessmentSchema } from './register-assessment/register-assessment.input';
import { RegisterAssessmentUseCase } from './register-assessment/register-assessment.use-case';
import { UpdateAssessmentInput, updateAssessmentSchema } from './update-assessment/update-assessment.input';
import { UpdateAssessmentUseCase } from './update-assessment/update-assessment.use-case';

const MANAGERS = ['PLATFORM_ADMIN', 'PARTNER_ADMIN'] as const;

@Resolver(() => AssessmentModel)
export class AssessmentsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registerUseCase: RegisterAssessmentUseCase,
    private readonly updateUseCase: UpdateAssessmentUseCase,
    private readonly publishUseCase: PublishAssessmentUseCase,
    private readonly supersedeUseCase: SupersedeAssessmentUseCase,
  ) {}

  @Mutation(() => AssessmentModel, { description: 'Platform admins, or partner admins of a lead organisation.' })
  @Authenticated(...MANAGERS)
  registerAssessment(
    @Args('input') input: RegisterAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<AssessmentModel> {
    return this.registerUseCase.execute(parseInput(registerAssessmentSchema, input), viewer, correlationIdOf(request));
  }

  @Mutation(() => AssessmentModel, { description: 'Platform admins, or partner admins of a lead organisation.' })
  @Authenticated(...MANAGERS)
  updateAssessment(
    @Args('input') input: UpdateAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<AssessmentModel> {
    return this.updateUseCase.execute(parseInput(updateAssessmentSchema, input), viewer, correlationIdOf(request));
  }

  @Mutation(() => AssessmentModel, { description: 'Platform admins, or partner admins of a lead organisation.' })
  @Authenticated(...MANAGERS)
  publishAssessment(
    @Args('input') input: PublishAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<AssessmentModel> {
    return this.publishUseCase.execute(parseInput(publishAssessmentSchema, input), viewer, correlationIdOf(request));
  }

  @Mutation(() => AssessmentModel, {
    description: 'Platform admins, or partner admins of a lead organisation of the assessment replaced.',
  })
  @Authenticated(...MANAGERS)
  supersedeAssessment(
    @Args('input') input: SupersedeAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<AssessmentModel> {
    const command = parseInput(supersedeAssessmentSchema, input);
    return this.supersedeUseCase.execute(command, viewer, correlationIdOf(request));
  }

  @Query(() => AssessmentModel, { nullable: true })
  @Authenticated()
  async assessment(@Args('id', { type: () => ID }) id: string): Promise<AssessmentModel | null> {
    if (!isUuid(id)) return null;
    const assessment = await this.dataSource.manager.findOneBy(AssessmentEntity, { id });
    return assessment ? toAssessmentModel(assessment) : null;
  }

  @Query(() => AssessmentConnection, {
    description: 'The assessment registry by place, sector, period, status; most recent data collection first.',
  })
  @Authenticated()
  assessments(
    @Args('filter', { type: () => AssessmentFilterInput, nullable: true }) filter: AssessmentFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<AssessmentModel>> {
    const parsed = parseInput(assessmentFilterSchema, filter ?? {}, 'filter');
    return searchAssessments(this.dataSource, parsed, checkedPageSize(page), page.after);
  }
}
