import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import {
  PageArgs,
  checkedPageSize,
  decodeCursor,
  encodeCursor,
  invalidInput,
  isUuid,
  parseInput,
  type Connection,
} from '@coordination/graphql';
import { assertMayManageAssessment } from '../assessments/assessment-access';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { NeedsErrorCode, needsError } from '../shared/needs.errors';
import { AssessmentRecordEntity } from './assessment-record.entity';
import { AssessmentRecordConnection, type AssessmentRecordModel } from './assessment-record.model';
import { KoboFormMappingEntity } from './kobo-form-mapping.entity';
import { KoboFormMappingModel, KoboFormMappingRegistrationModel } from './kobo-form-mapping.model';
import { toAssessmentRecordModel, toKoboFormMappingModel } from './kobo-form-mapping-views';
import { SetKoboFormMappingInput, setKoboFormMappingSchema } from './set-kobo-form-mapping.input';
import { SetKoboFormMappingUseCase } from './set-kobo-form-mapping.use-case';

interface RecordCursor {
  collectedOn: string;
  id: string;
}

function parseCursor(cursor: string): RecordCursor {
  try {
    const parsed = JSON.parse(decodeCursor(cursor)) as Partial<RecordCursor>;
    if (typeof parsed.collectedOn === 'string' && typeof parsed.id === 'string' && isUuid(parsed.id)) {
      return { collectedOn: parsed.collectedOn, id: parsed.id };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}

@Resolver()
export class KoboResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly setMapping: SetKoboFormMappingUseCase,
  ) {}

  @Mutation(() => KoboFormMappingRegistrationModel, {
    description: 'Platform admins, or partner admins of an organisation leading the assessment.',
  })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  setKoboFormMapping(
    @Args('input') input: SetKoboFormMappingInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<KoboFormMappingRegistrationModel> {
    return this.setMapping.execute(parseInput(setKoboFormMappingSchema, input), viewer);
  }

  @Query(() => [KoboFormMappingModel], { description: 'The forms feeding an assessment, for those who manage it.' })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  async koboFormMappings(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<KoboFormMappingModel[]> {
    const assessment = isUuid(assessmentId)
      ? await this.dataSource.manager.findOneBy(AssessmentEntity, { id: assessmentId })
      : null;
    if (!assessment)
      throw needsError(NeedsErrorCode.AssessmentNotFound, `No assessment ${assessmentId}`, 'assessmentId');
    assertMayManageAssessment(viewer, assessment.leadOrganisationIds);
    const mappings = await this.dataSource.manager.find(KoboFormMappingEntity, {
      where: { assessmentId },
      order: { createdAt: 'ASC' },
    });
    return mappings.map(toKoboFormMappingModel);
  }

  @Query(() => AssessmentRecordConnection, {
    description: 'Records collected for an assessment (mapped, non-personal values), newest collection day first.',
  })
  @Authenticated()
  async assessmentRecords(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('page', { type: () => PageArgs, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<AssessmentRecordModel>> {
    const size = checkedPageSize(page);
    if (!isUuid(assessmentId)) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const after = page.after ? parseCursor(page.after) : null;
    const query = this.dataSource.manager
      .createQueryBuilder(AssessmentRecordEntity, 'record')
      .where('record.assessment_id = :assessmentId', { assessmentId });
    const totalCount = await query.clone().getCount();
    if (after) {
      query.andWhere('(record.collected_on, record.id) < (:collectedOn, :id)', after);
    }
    const rows = await query
      .orderBy('record.collected_on', 'DESC')
      .addOrderBy('record.id', 'DESC')
      .take(size + 1)
      .getMany();
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map(toAssessmentRecordModel),
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: last ? encodeCursor(JSON.stringify({ collectedOn: last.collectedOn, id: last.id })) : null,
      },
      totalCount,
    };
  }
}
