import { z } from 'zod';
import { peopleCountSchema, sexAgeCellsSchema } from './people-count.schema';

const cells = { girls: 10, boys: 12, women: 30, men: 25, unknown: 3 };

function issuesOf(input: unknown) {
  const result = peopleCountSchema.safeParse(input);
  if (result.success) {
    throw new Error('expected the input to be rejected');
  }
  return result.error.issues;
}

describe('sexAgeCellsSchema', () => {
  it('requires every cell as a whole number of at least 0', () => {
    expect(sexAgeCellsSchema.parse(cells)).toEqual(cells);
    expect(sexAgeCellsSchema.safeParse({ ...cells, unknown: undefined }).success).toBe(false);
    expect(sexAgeCellsSchema.safeParse({ ...cells, men: -1 }).success).toBe(false);
    expect(sexAgeCellsSchema.safeParse({ ...cells, men: 1.5 }).success).toBe(false);
  });

  it('rejects a cell it does not know rather than dropping the people in it', () => {
    expect(sexAgeCellsSchema.safeParse({ ...cells, elderly: 4 }).success).toBe(false);
  });
});

describe('peopleCountSchema', () => {
  it('accepts a count whose cells and optional breakdowns add up to the total', () => {
    const count = {
      total: 80,
      cells,
      nationality: { ven: 60, col: 5, per: 10, other: 0, unknown: 5 },
      disability: { withDisability: 4, withoutDisability: 70, unknown: 6 },
    };
    expect(peopleCountSchema.parse(count)).toEqual(count);
  });

  it('reports cells that do not add up at cells with the stable code, expected and actual', () => {
    expect(issuesOf({ total: 81, cells })).toEqual([
      expect.objectContaining({
        code: 'custom',
        path: ['cells'],
        message: 'cells add up to 80 but the total is 81',
        params: { code: 'DISAGGREGATION.SUM_MISMATCH', expected: 81, actual: 80 },
      }),
    ]);
  });

  it('reports an optional breakdown that does not add up at its own path', () => {
    const issues = issuesOf({ total: 80, cells, lgbtiq: { lgbtiq: 2, notLgbtiq: 10, unknown: 0 } });
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['lgbtiq'],
        params: { code: 'DISAGGREGATION.SUM_MISMATCH', expected: 80, actual: 12 },
      }),
    ]);
  });

  it('reports a bad cell once, at its field', () => {
    const issues = issuesOf({ total: 80, cells: { ...cells, women: -30 } });
    expect(issues.map((issue) => issue.path)).toEqual([['cells', 'women']]);
  });

  it('reports a missing cell at its field', () => {
    const { unknown: _unknown, ...withoutUnknown } = cells;
    const issues = issuesOf({ total: 77, cells: withoutUnknown });
    expect(issues.map((issue) => issue.path)).toEqual([['cells', 'unknown']]);
  });

  it('composes into other schemas', () => {
    const input = z.object({ count: peopleCountSchema });
    expect(
      input.safeParse({ count: { total: 0, cells: { girls: 0, boys: 0, women: 0, men: 0, unknown: 0 } } }).success,
    ).toBe(true);
  });
});
