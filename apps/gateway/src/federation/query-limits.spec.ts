import { buildSchema, parse, validate } from 'graphql';
import { QueryLimitErrorCode, queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Query { organisation: Organisation, organisations(first: Int): [Organisation!]! }
  type Organisation { id: ID!, name: String!, parent: Organisation, children(first: Int): [Organisation!]! }
`);

function codes(query: string, limits = { maxDepth: 4, maxCost: 100 }, variables: Record<string, unknown> = {}) {
  return validate(schema, parse(query), [queryLimitsRule(limits, () => variables)]).map(
    (error) => error.extensions.code,
  );
}

describe('queryLimitsRule', () => {
  it('accepts an operation within both limits', () => {
    expect(codes('{ organisation { id parent { name } } }')).toEqual([]);
  });

  it('refuses an operation deeper than the limit', () => {
    expect(codes('{ organisation { parent { parent { parent { id } } } } }')).toEqual([QueryLimitErrorCode.TooDeep]);
  });

  it('follows fragment spreads when measuring depth, so fragments cannot hide nesting', () => {
    const query = `
      { organisation { ...Deep } }
      fragment Deep on Organisation { parent { parent { parent { id } } } }`;
    expect(codes(query)).toEqual([QueryLimitErrorCode.TooDeep]);
  });

  it('multiplies the cost of fields under a list by the page size asked for', () => {
    expect(codes('{ organisations(first: 10) { id name } }')).toEqual([]);
    expect(codes('{ organisations(first: 60) { id name } }')).toEqual([QueryLimitErrorCode.TooCostly]);
  });

  it('reads page sizes from variables', () => {
    const query = 'query ($size: Int) { organisations(first: $size) { id name } }';
    expect(codes(query, undefined, { size: 10 })).toEqual([]);
    expect(codes(query, undefined, { size: 500 })).toEqual([QueryLimitErrorCode.TooCostly]);
  });

  it('compounds nested lists', () => {
    const query = '{ organisations(first: 5) { children(first: 5) { id name } } }';
    // 1 + 5 + 25 * 2 = 56 within 100; with 10 x 10 it is 1 + 10 + 200 = 211.
    expect(codes(query)).toEqual([]);
    expect(codes('{ organisations(first: 10) { children(first: 10) { id name } } }')).toEqual([
      QueryLimitErrorCode.TooCostly,
    ]);
  });

  it('assumes a default page size when none is given', () => {
    expect(codes('{ organisations { id name parent { id } } }', { maxDepth: 5, maxCost: 50 })).toEqual([
      QueryLimitErrorCode.TooCostly,
    ]);
  });
});

describe('queryLimitsRule on connections', () => {
  const connectionSchema = buildSchema(`
    type Query { partners(page: PageArgs): PartnerConnection! }
    input PageArgs { first: Int, after: String }
    type PartnerConnection { totalCount: Int!, nodes: [Partner!]!, pageInfo: PageInfo! }
    type PageInfo { hasNextPage: Boolean!, endCursor: String }
    type Partner { id: ID!, name: String! }
  `);
  const cost = (query: string, maxCost: number) =>
    validate(connectionSchema, parse(query), [queryLimitsRule({ maxDepth: 10, maxCost }, () => ({}))]).map(
      (error) => error.extensions.cost,
    );

  it('charges the page size to the paged nodes only', () => {
    // 1 (partners) + 1 (totalCount) + 1 (nodes) + 10 * 2 (id, name of each node) + 1 (pageInfo) + 1 (hasNextPage) = 25
    expect(
      cost('{ partners(page: { first: 10 }) { totalCount nodes { id name } pageInfo { hasNextPage } } }', 24),
    ).toEqual([25]);
    expect(
      cost('{ partners(page: { first: 10 }) { totalCount nodes { id name } pageInfo { hasNextPage } } }', 25),
    ).toEqual([]);
  });
});
