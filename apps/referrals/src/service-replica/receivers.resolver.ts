import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authenticated } from '@coordination/auth';
import { PageArgs, checkedPageSize, parseInput, type Connection } from '@coordination/graphql';
import { ReferralReceiverConnection, type ReferralReceiverModel } from './receiver.model';
import { ReceiversFilterInput, receiversFilterSchema } from './receivers-filter.input';
import { findReceivers } from './receivers.query';

@Resolver()
export class ReceiversResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => ReferralReceiverConnection, {
    description: 'Services of the directory that could receive a referral for this need, by name.',
  })
  @Authenticated()
  referralReceivers(
    @Args('filter', { type: () => ReceiversFilterInput }) filter: ReceiversFilterInput,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<ReferralReceiverModel>> {
    const parsed = parseInput(receiversFilterSchema, filter, 'filter');
    return findReceivers(this.dataSource, parsed, checkedPageSize(page), page.after);
  }
}
