import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';

/**
 * A code-first Apollo Federation 2 subgraph at /graphql. Only the gateway calls it; the gateway
 * composes the public schema, so subgraphs keep introspection off and expose `_service` for it.
 */
export function subgraphGraphQLModule(): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    // Federation 2.3: understood by the pinned @apollo/subgraph and by the gateway's composer.
    autoSchemaFile: {
      federation: {
        version: 2,
        importUrl: 'https://specs.apollo.dev/federation/v2.3',
        directives: ['@key', '@shareable', '@external', '@requires', '@provides', '@override', '@inaccessible', '@tag'],
      },
    },
    path: '/graphql',
    playground: false,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    sortSchema: true,
    // Traces are for Apollo's hosted studio, which this platform does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    context: ({ req }: { req: Request }) => ({ req }),
  });
}
