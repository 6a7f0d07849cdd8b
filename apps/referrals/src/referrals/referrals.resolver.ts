import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { PageArgs, checkedPageSize, correlationIdOf, isUuid, parseInput, type Connection } from '@coordination/graphql';
import { Clock } from '../shared/clock';
import { ForwardReferralInput, forwardReferralSchema } from './forward-referral/forward-referral.input';
import { ForwardReferralUseCase } from './forward-referral/forward-referral.use-case';
import { ReferralQueueFilterInput, referralQueueFilterSchema } from './queues/referral-queue-filter.input';
import { ReferralQueueQuery, type QueueDirection } from './queues/referral-queue.query';
import { ReferralNotesReader } from './notes/referral-notes-reader';
import { ReferralReader } from './referral-reader';
import {
  ForwardedReferralModel,
  ReferralConnection,
  ReferralModel,
  ReferralTransitionModel,
  toReferralModel,
} from './referral.model';
import type { ReferralEntity } from './referral.entity';
import { SendReferralInput, sendReferralSchema } from './send-referral/send-referral.input';
import { SendReferralUseCase } from './send-referral/send-referral.use-case';
import {
  AcceptReferralInput,
  CompleteReferralInput,
  RejectReferralInput,
  WithdrawReferralInput,
  acceptReferralSchema,
  completeReferralSchema,
  rejectReferralSchema,
  withdrawReferralSchema,
} from './transitions/transition.inputs';
import { ReferralTransitionsUseCase } from './transitions/referral-transitions.use-case';

const CASE_WORKERS = ['PARTNER_REPORTER', 'PARTNER_ADMIN'] as const;

@Resolver(() => ReferralModel)
export class ReferralsResolver {
  constructor(
    private readonly sendUseCase: SendReferralUseCase,
    private readonly transitionsUseCase: ReferralTransitionsUseCase,
    private readonly forwardUseCase: ForwardReferralUseCase,
    private readonly queue: ReferralQueueQuery,
    private readonly reader: ReferralReader,
    private readonly notesReader: ReferralNotesReader,
    private readonly clock: Clock,
  ) {}

  private model(entity: ReferralEntity): ReferralModel {
    return toReferralModel(entity, this.clock.now());
  }

  @Mutation(() => ReferralModel, { description: 'Case workers: refer a case of my organisation, under a consent.' })
  @Authenticated(...CASE_WORKERS)
  async sendReferral(
    @Args('input') input: SendReferralInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReferralModel> {
    const command = parseInput(sendReferralSchema, input);
    return this.model(await this.sendUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ReferralModel, { description: 'Case workers of the receiving organisation.' })
  @Authenticated(...CASE_WORKERS)
  async acceptReferral(
    @Args('input') input: AcceptReferralInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReferralModel> {
    const command = parseInput(acceptReferralSchema, input);
    return this.model(await this.transitionsUseCase.accept(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ReferralModel, { description: 'Case workers of the receiving organisation.' })
  @Authenticated(...CASE_WORKERS)
  async rejectReferral(
    @Args('input') input: RejectReferralInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReferralModel> {
    const command = parseInput(rejectReferralSchema, input);
    return this.model(await this.transitionsUseCase.reject(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ReferralModel, { description: 'Case workers of the receiving organisation, once accepted.' })
  @Authenticated(...CASE_WORKERS)
  async completeReferral(
    @Args('input') input: CompleteReferralInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReferralModel> {
    const command = parseInput(completeReferralSchema, input);
    return this.model(await this.transitionsUseCase.complete(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ReferralModel, { description: 'Case workers of the sending organisation.' })
  @Authenticated(...CASE_WORKERS)
  async withdrawReferral(
    @Args('input') input: WithdrawReferralInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReferralModel> {
    const command = parseInput(withdrawReferralSchema, input);
    return this.model(await this.transitionsUseCase.withdraw(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ForwardedReferralModel, { description: 'Case workers of the receiving organisation, once accepted.' })
  @Authenticated(...CASE_WORKERS)
  async forwardReferral(
    @Args('input') input: ForwardReferralInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ForwardedReferralModel> {
    const command = parseInput(forwardReferralSchema, input);
    const { forwarded, created } = await this.forwardUseCase.execute(command, viewer, correlationIdOf(request));
    return { forwarded: this.model(forwarded), created: this.model(created) };
  }

  @Query(() => ReferralConnection, { description: 'Referrals my organisation received, newest first.' })
  @Authenticated(...CASE_WORKERS)
  incomingReferrals(
    @Args('filter', { type: () => ReferralQueueFilterInput, nullable: true }) filter: ReferralQueueFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<ReferralModel>> {
    return this.queuePage('incoming', filter, page, viewer);
  }

  @Query(() => ReferralConnection, { description: 'Referrals my organisation sent, newest first.' })
  @Authenticated(...CASE_WORKERS)
  outgoingReferrals(
    @Args('filter', { type: () => ReferralQueueFilterInput, nullable: true }) filter: ReferralQueueFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<ReferralModel>> {
    return this.queuePage('outgoing', filter, page, viewer);
  }

  @Query(() => ReferralModel, { nullable: true, description: 'A referral my organisation sent or received.' })
  @Authenticated()
  async referral(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReferralModel | null> {
    return isUuid(id) ? this.reader.referral(id, viewer) : null;
  }

  @ResolveField(() => [ReferralTransitionModel], { description: 'Every step, oldest first.' })
  transitions(@Parent() referral: ReferralModel): Promise<ReferralTransitionModel[]> {
    return this.reader.transitions(referral.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why the case is referred, in the sender’s words. Sealed like personal data: null for anyone but case ' +
      'workers of the sending organisation and, while the consent stands, of the receiving one; each read is audited.',
  })
  async reason(
    @Parent() referral: ReferralModel,
    @CurrentViewer() viewer: Viewer,
    @Context() request: object,
  ): Promise<string | null> {
    return (await this.notesReader.notes(referral, viewer, request))?.reason ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The receiver’s note on rejection or feedback on completion; sealed and shown as `reason` is.',
  })
  async feedback(
    @Parent() referral: ReferralModel,
    @CurrentViewer() viewer: Viewer,
    @Context() request: object,
  ): Promise<string | null> {
    return (await this.notesReader.notes(referral, viewer, request))?.feedback ?? null;
  }

  private queuePage(
    direction: QueueDirection,
    filter: ReferralQueueFilterInput | null,
    page: PageArgs,
    viewer: Viewer,
  ): Promise<Connection<ReferralModel>> {
    const parsed = parseInput(referralQueueFilterSchema, filter ?? {}, 'filter');
    return this.queue.page(direction, parsed, viewer, checkedPageSize(page), page.after);
  }
}
