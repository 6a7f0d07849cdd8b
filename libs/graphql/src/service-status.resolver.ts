import { Directive, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType('ServiceStatus')
@Directive('@shareable')
export class ServiceStatusModel {
  @Field()
  service: string;

  @Field()
  version: string;
}

/**
 * A `<service>Status` query naming the service and its version, so each subgraph is reachable
 * through the gateway before it has domain queries of its own.
 */
export function serviceStatusResolver(service: string, version: string): Type<unknown> {
  @Resolver()
  class ServiceStatusResolver {
    @Query(() => ServiceStatusModel, { name: `${service}Status` })
    status(): ServiceStatusModel {
      return { service, version };
    }
  }
  return ServiceStatusResolver;
}
