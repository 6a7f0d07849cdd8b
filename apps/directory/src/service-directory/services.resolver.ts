import { Args, Context, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { checkedPageSize, type Connection, correlationIdOf, isUuid, PageArgs, parseInput } from '@coordination/graphql';
import { ServiceFilterInput, serviceFilterSchema } from './find-services/service-filter.input';
import { decodeServiceCursor, encodeServiceCursor } from './find-services/service-cursor';
import { ServiceSearch } from './find-services/service-search';
import { ServiceConnection, ServiceModel } from './model/service.model';
import { ServiceModels } from './model/service-models';
import { PublishServiceInput, publishServiceSchema } from './publish-service/publish-service.input';
import { PublishServiceUseCase } from './publish-service/publish-service.use-case';
import { UpdateServiceInput, updateServiceSchema } from './update-service/update-service.input';
import { UpdateServiceUseCase } from './update-service/update-service.use-case';
import { ServiceReferenceData } from './writing/service-reference-data';

@Resolver(() => ServiceModel)
export class ServicesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publishServiceUseCase: PublishServiceUseCase,
    private readonly updateServiceUseCase: UpdateServiceUseCase,
    private readonly search: ServiceSearch,
    private readonly models: ServiceModels,
    private readonly referenceData: ServiceReferenceData,
  ) {}

  @Mutation(() => ServiceModel, {
    description:
      'Publishes a service in the directory: platform admins, or partner admins of the offering organisation.',
  })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  async publishService(
    @Args('input') input: PublishServiceInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ServiceModel> {
    const command = parseInput(publishServiceSchema, input);
    const record = await this.publishServiceUseCase.execute(command, viewer, correlationIdOf(request));
    return this.models.one(this.dataSource.manager, record);
  }

  @Mutation(() => ServiceModel, {
    description: 'Changes a published service: platform admins, or partner admins of the offering organisation.',
  })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  async updateService(
    @Args('input') input: UpdateServiceInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ServiceModel> {
    const command = parseInput(updateServiceSchema, input);
    const record = await this.updateServiceUseCase.execute(command, viewer, correlationIdOf(request));
    return this.models.one(this.dataSource.manager, record);
  }

  @Query(() => ServiceConnection, {
    description:
      'Services matching every criterion given, by name. E.g. GBV services in Tumbes speaking Spanish: ' +
      '{ subSector: "GBV", pcode: "PE24", language: "es" }.',
  })
  @Authenticated()
  async services(
    @Args('filter', { type: () => ServiceFilterInput, nullable: true }) filter: ServiceFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<ServiceModel>> {
    const criteria = parseInput(serviceFilterSchema, filter ?? {}, 'filter');
    if (criteria.pcode) this.referenceData.place(criteria.pcode, 'filter.pcode');
    const size = checkedPageSize(page);
    const after = page.after ? decodeServiceCursor(page.after) : null;
    const manager = this.dataSource.manager;
    const { ids, totalCount } = await this.search.find(manager, criteria, { size: size + 1, after });
    const nodes = await this.models.byIds(manager, ids.slice(0, size));
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: ids.length > size, endCursor: last ? encodeServiceCursor(last) : null },
    };
  }

  @Query(() => ServiceModel, { nullable: true })
  @Authenticated()
  async service(@Args('id', { type: () => ID }) id: string): Promise<ServiceModel | null> {
    return this.byId(id);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<ServiceModel | null> {
    return this.byId(reference.id);
  }

  private async byId(id: string): Promise<ServiceModel | null> {
    if (!isUuid(id)) return null;
    const [model] = await this.models.byIds(this.dataSource.manager, [id]);
    return model ?? null;
  }
}
