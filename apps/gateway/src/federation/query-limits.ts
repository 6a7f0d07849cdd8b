import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const QueryLimitErrorCode = {
  TooDeep: 'QUERY.TOO_DEEP',
  TooCostly: 'QUERY.TOO_COSTLY',
} as const;

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Assumed size of a list whose page size the query does not state. */
const DEFAULT_LIST_SIZE = 20;

interface Measure {
  depth: number;
  cost: number;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Page size a field asks for (`first:` or `page: { first: }`), else `fallback`. */
function pageSizeOf(node: FieldNode, variables: Record<string, unknown>, fallback = DEFAULT_LIST_SIZE): number {
  for (const argument of node.arguments ?? []) {
    const value = argument.value;
    if (argument.name.value === 'first') {
      if (value.kind === Kind.INT) return Number(value.value);
      if (value.kind === Kind.VARIABLE) return Number(variables[value.name.value] ?? DEFAULT_LIST_SIZE);
    }
    if (value.kind === Kind.OBJECT) {
      const first = value.fields.find((field) => field.name.value === 'first');
      if (first?.value.kind === Kind.INT) return Number(first.value.value);
    }
    if (value.kind === Kind.VARIABLE && argument.name.value === 'page') {
      const page = variables[value.name.value] as { first?: unknown } | undefined;
      if (typeof page?.first === 'number') return page.first;
    }
  }
  return fallback;
}

/**
 * Walks an operation as it will execute, following fragment spreads, and returns its depth and
 * estimated cost: each field costs 1 times the page sizes of the lists and connections above it.
 */
function measure(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  variables: Record<string, unknown>,
  visitedFragments: Set<string>,
  multiplier: number,
  connectionPageSize?: number,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure = { depth: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      const fields =
        parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields() : {};
      const fieldType = fields[selection.name.value]?.type;
      const namedType = fieldType ? getNamedType(fieldType) : undefined;
      // A connection's page size applies to the list it pages (`nodes`), not to `totalCount`.
      const listSize = fieldType && isList(fieldType) ? pageSizeOf(selection, variables, connectionPageSize) : 1;
      const pageSizeForChildren = namedType?.name.endsWith('Connection') ? pageSizeOf(selection, variables) : undefined;
      const child = selection.selectionSet
        ? measure(
            context,
            selection.selectionSet,
            namedType,
            variables,
            visitedFragments,
            multiplier * Math.max(1, listSize),
            pageSizeForChildren,
          )
        : { depth: 0, cost: 0 };
      inner = { depth: child.depth + 1, cost: child.cost + multiplier };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? context.getSchema().getType(typeName) : parentType;
      inner = measure(
        context,
        selection.selectionSet,
        type ?? undefined,
        variables,
        visitedFragments,
        multiplier,
        connectionPageSize,
      );
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment cycle is reported by graphql's own rules; stop here rather than loop.
      if (!fragment || visitedFragments.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      inner = measure(
        context,
        fragment.selectionSet,
        type ?? undefined,
        variables,
        new Set([...visitedFragments, name]),
        multiplier,
        connectionPageSize,
      );
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

function rootTypeOf(context: ValidationContext, operation: OperationDefinitionNode): GraphQLNamedType | undefined {
  const schema = context.getSchema();
  if (operation.operation === 'mutation') return schema.getMutationType() ?? undefined;
  if (operation.operation === 'subscription') return schema.getSubscriptionType() ?? undefined;
  return schema.getQueryType() ?? undefined;
}

/** A validation rule refusing operations deeper than `maxDepth` or costlier than `maxCost`. */
export function queryLimitsRule(
  limits: QueryLimits,
  variables: () => Record<string, unknown> = () => ({}),
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const { depth, cost } = measure(
        context,
        operation.selectionSet,
        rootTypeOf(context, operation),
        variables(),
        new Set(),
        1,
      );
      if (depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(`Operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, {
            nodes: [operation],
            extensions: { code: QueryLimitErrorCode.TooDeep, depth, limit: limits.maxDepth },
          }),
        );
      }
      if (cost > limits.maxCost) {
        context.reportError(
          new GraphQLError(`Operation cost ${cost} exceeds the limit of ${limits.maxCost}`, {
            nodes: [operation],
            extensions: { code: QueryLimitErrorCode.TooCostly, cost, limit: limits.maxCost },
          }),
        );
      }
      return false;
    },
  });
}
