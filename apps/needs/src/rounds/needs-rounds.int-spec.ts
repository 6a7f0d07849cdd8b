import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { needsDataSourceOptions } from '../database/needs-data-source';
import { pinFigure, roundCommand } from '../testing/round-commands';
import { refusalOf, startNeedsTestModule, viewerWith, type NeedsTestModule } from '../testing/needs-test-module';
import { NeedsFiguresResolver } from './figures/needs-figures.resolver';
import { PublishNeedsRoundUseCase } from './publish-round/publish-needs-round.use-case';

const admin = viewerWith('PLATFORM_ADMIN');

describe('needs rounds: supersession, as-of, roll-up and intersectoral figures', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;
  let publish: PublishNeedsRoundUseCase;
  let figures: NeedsFiguresResolver;

  beforeAll(async () => {
    database = await createTestDatabase('needs_rounds', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('needs-rounds'));
    publish = app.get(PublishNeedsRoundUseCase);
    figures = app.get(NeedsFiguresResolver);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const totals = async (analysisCode: string, asOf?: string, pcode?: string) => {
    const result = await figures.peopleInNeedTotals({ analysisCode, asOf, pcode });
    return Object.fromEntries(result.sectors.map((sector) => [sector.sector, sector.peopleInNeed]));
  };

  it('replaces the older round: national totals after a new round equal the new round alone', async () => {
    const first = await publish.execute(roundCommand('SUPERSEDE'), admin, 'c1');
    const second = await publish.execute(
      roundCommand('SUPERSEDE', {
        inForceFrom: '2025-07-01',
        supersedesRoundId: first.id,
        peopleInNeed: [pinFigure('HEA', 'PE15', 800), pinFigure('FSC', 'PE13', 90)],
      }),
      admin,
      'c2',
    );
    expect(await totals('SUPERSEDE', '2025-08-01')).toEqual({ HEA: 800, FSC: 90 });
    const rounds = await database.dataSource.query(
      `SELECT id, superseded_by_round_id FROM needs_round WHERE analysis_code = 'SUPERSEDE' ORDER BY published_at`,
    );
    expect(rounds).toEqual([
      { id: first.id, superseded_by_round_id: second.id },
      { id: second.id, superseded_by_round_id: null },
    ]);
    expect(second.supersedesRoundId).toBe(first.id);
  });

  it('answers "as of" a day with the round in force then, history included', async () => {
    const first = await publish.execute(roundCommand('ASOF', { inForceFrom: '2024-03-01' }), admin, 'c');
    await publish.execute(
      roundCommand('ASOF', { inForceFrom: '2024-09-01', peopleInNeed: [pinFigure('HEA', 'PE15', 7)] }),
      admin,
      'c',
    );
    expect(await totals('ASOF', '2024-02-28')).toEqual({});
    expect(await totals('ASOF', '2024-03-01')).toEqual({ FSC: 1700, HEA: 1300, MPC: 5000 });
    expect(await totals('ASOF', '2024-08-31')).toEqual({ FSC: 1700, HEA: 1300, MPC: 5000 });
    expect(await totals('ASOF', '2024-09-01')).toEqual({ HEA: 7 });
    const asOfAugust = await figures.peopleInNeedTotals({ analysisCode: 'ASOF', asOf: '2024-08-31' });
    expect(asOfAugust.round).toMatchObject({ id: first.id, supersededByRoundId: expect.any(String) });
  });

  it('rolls province figures up to their department, and never splits a department figure', async () => {
    await publish.execute(
      roundCommand('ROLLUP', {
        peopleInNeed: [
          pinFigure('HEA', 'PE1501', 400), // Lima province
          pinFigure('HEA', 'PE1508', 100), // Huaral, Lima
          pinFigure('HEA', 'PE24', 50), // Tumbes, per department
          pinFigure('HEA', 'PE1501', 30, 'HOST_COMMUNITY'),
        ],
        severity: [
          { pcode: 'PE1501', populationGroup: 'IN_DESTINATION', phase: 4 },
          { pcode: 'PE1508', populationGroup: 'IN_DESTINATION', phase: 2 },
        ],
      }),
      admin,
      'c',
    );
    const page = { first: 50 };
    const lima = await figures.peopleInNeed({ analysisCode: 'ROLLUP', asOf: '2025-02-01', pcode: 'PE15' }, page);
    expect(lima.nodes.map((row) => [row.pcode, row.placeLevel, row.populationGroup, row.peopleInNeed])).toEqual([
      ['PE15', 'department', 'HOST_COMMUNITY', 30],
      ['PE15', 'department', 'IN_DESTINATION', 500],
    ]);
    expect(lima.nodes[1].cells).toEqual({ girls: 100, boys: 100, women: 100, men: 100, unknown: 100 });
    const provinces = await figures.peopleInNeed(
      { analysisCode: 'ROLLUP', asOf: '2025-02-01', level: 'province' },
      page,
    );
    expect(provinces.nodes.map((row) => [row.pcode, row.peopleInNeed])).toEqual([
      ['PE1501', 30],
      ['PE1501', 400],
      ['PE1508', 100],
    ]);
    const tumbesProvince = await figures.peopleInNeed(
      { analysisCode: 'ROLLUP', asOf: '2025-02-01', pcode: 'PE2401' },
      page,
    );
    expect(tumbesProvince.totalCount).toBe(0);
    expect(await totals('ROLLUP', '2025-02-01')).toEqual({ HEA: 580 });
    const severity = await figures.needsSeverity({ analysisCode: 'ROLLUP', asOf: '2025-02-01', pcode: 'PE15' }, page);
    expect(severity.nodes.map((row) => [row.pcode, row.phase, row.method])).toEqual([
      ['PE15', 4, 'MAX_OVER_PROVINCES'],
    ]);
  });

  it('takes the maximum over sectors as the intersectoral figure, never the sum, and leaves out MPC', async () => {
    await publish.execute(
      roundCommand('INTERSECTORAL', {
        peopleInNeed: [
          ...roundCommand('BASE').peopleInNeed,
          pinFigure('HEA', 'PE1501', 100, 'HOST_COMMUNITY'),
          pinFigure('FSC', 'PE1501', 60, 'HOST_COMMUNITY'),
          pinFigure('HEA', 'PE1508', 10, 'HOST_COMMUNITY'),
          pinFigure('FSC', 'PE1508', 40, 'HOST_COMMUNITY'),
        ],
      }),
      admin,
      'c',
    );
    const result = await figures.intersectoralPeopleInNeed(
      { analysisCode: 'INTERSECTORAL', asOf: '2025-06-01' },
      { first: 50 },
    );
    expect(result.method).toBe('MAX_OVER_SECTORS');
    expect(
      result.nodes.map((row) => [row.pcode, row.populationGroup, row.peopleInNeed, row.method, row.maxSectors]),
    ).toEqual([
      ['PE15', 'HOST_COMMUNITY', 140, 'SUM_OF_PROVINCE_MAXIMA', ['FSC', 'HEA']],
      ['PE15', 'IN_DESTINATION', 1500, 'MAX_OVER_SECTORS', ['FSC']],
      ['PE24', 'IN_DESTINATION', 300, 'MAX_OVER_SECTORS', ['HEA']],
    ]);
    expect(result.nodes[1].sectorsCompared).toEqual(['FSC', 'HEA']);
    expect(result.peopleInNeed).toBe(1940);
    const national = await figures.peopleInNeedTotals({ analysisCode: 'INTERSECTORAL', asOf: '2025-06-01' });
    expect(national.intersectoralPeopleInNeed).toBe(1940);
  });

  describe('bad input: a precise code and field, and nothing written', () => {
    const count = async () => {
      const [row] = await database.dataSource.query(
        `SELECT (SELECT count(*) FROM needs_round)::int AS rounds, (SELECT count(*) FROM people_in_need_cell)::int AS cells,
                (SELECT count(*) FROM severity_figure)::int AS severity, (SELECT count(*) FROM outbox_message)::int AS events`,
      );
      return row as Record<string, number>;
    };
    const figure = pinFigure('HEA', 'PE15', 100);

    it.each([
      [
        'an unknown sector',
        { peopleInNeed: [figure, { ...figure, sector: 'LOG' }] },
        'NEEDS.UNKNOWN_SECTOR',
        'input.peopleInNeed.1.sector',
      ],
      [
        'an unknown P-code',
        { peopleInNeed: [{ ...figure, pcode: 'PE99' }] },
        'NEEDS.UNKNOWN_PLACE',
        'input.peopleInNeed.0.pcode',
      ],
      [
        'a district',
        { peopleInNeed: [{ ...figure, pcode: 'PE150101' }] },
        'NEEDS.PLACE_TOO_DETAILED',
        'input.peopleInNeed.0.pcode',
      ],
      [
        'a negative figure',
        { peopleInNeed: [{ ...figure, peopleInNeed: -5, cells: { ...figure.cells, unknown: -105 } }] },
        'NEEDS.NEGATIVE_FIGURE',
        'input.peopleInNeed.0.peopleInNeed',
      ],
      [
        'a negative cell',
        { peopleInNeed: [{ ...figure, cells: { girls: -1, boys: 21, women: 20, men: 20, unknown: 40 } }] },
        'NEEDS.NEGATIVE_FIGURE',
        'input.peopleInNeed.0.cells.girls',
      ],
      [
        'cells not adding up',
        { peopleInNeed: [{ ...figure, cells: { ...figure.cells, unknown: 1 } }] },
        'NEEDS.CELLS_DO_NOT_ADD_UP',
        'input.peopleInNeed.0.cells',
      ],
      [
        'a severity above 5',
        { severity: [{ pcode: 'PE15', populationGroup: 'IN_DESTINATION' as const, phase: 6 }] },
        'NEEDS.SEVERITY_OUT_OF_RANGE',
        'input.severity.0.phase',
      ],
      [
        'a severity below 1',
        { severity: [{ pcode: 'PE15', populationGroup: 'IN_DESTINATION' as const, phase: 0 }] },
        'NEEDS.SEVERITY_OUT_OF_RANGE',
        'input.severity.0.phase',
      ],
      [
        'the same cell twice',
        { peopleInNeed: [figure, figure] },
        'NEEDS.DUPLICATE_FIGURE',
        'input.peopleInNeed.1.pcode',
      ],
      [
        'a department next to its provinces',
        { peopleInNeed: [pinFigure('HEA', 'PE1501', 10), figure] },
        'NEEDS.OVERLAPPING_PLACES',
        'input.peopleInNeed.1.pcode',
      ],
      ['an unknown plan year', { planYear: 2019 }, 'NEEDS.UNKNOWN_PLAN_YEAR', 'input.planYear'],
    ])('refuses %s', async (_case, overrides, code, field) => {
      const before = await count();
      const refusal = await refusalOf(publish.execute(roundCommand('BAD', overrides), admin, 'c'));
      expect(refusal).toMatchObject({ code, field });
      expect(await count()).toEqual(before);
    });

    it('refuses a round that would supersede a round of another analysis', async () => {
      const other = await publish.execute(roundCommand('OTHER-ANALYSIS'), admin, 'c');
      await publish.execute(roundCommand('MINE'), admin, 'c');
      const before = await count();
      const refusal = await refusalOf(
        publish.execute(roundCommand('MINE', { inForceFrom: '2025-05-01', supersedesRoundId: other.id }), admin, 'c'),
      );
      expect(refusal).toMatchObject({ code: 'NEEDS.ROUND_OF_OTHER_ANALYSIS', field: 'input.supersedesRoundId' });
      expect(await count()).toEqual(before);
    });

    it('refuses a round naming an older, already superseded round, or starting before the latest one', async () => {
      const first = await publish.execute(roundCommand('STALE', { inForceFrom: '2025-01-01' }), admin, 'c');
      await publish.execute(roundCommand('STALE', { inForceFrom: '2025-04-01' }), admin, 'c');
      const before = await count();
      expect(
        await refusalOf(
          publish.execute(
            roundCommand('STALE', { inForceFrom: '2025-05-01', supersedesRoundId: first.id }),
            admin,
            'c',
          ),
        ),
      ).toMatchObject({ code: 'NEEDS.ROUND_NOT_CURRENT', field: 'input.supersedesRoundId' });
      expect(
        await refusalOf(publish.execute(roundCommand('STALE', { inForceFrom: '2025-03-01' }), admin, 'c')),
      ).toMatchObject({
        code: 'NEEDS.ROUND_OUT_OF_ORDER',
        field: 'input.inForceFrom',
      });
      expect(await count()).toEqual(before);
    });

    it('lets only platform admins publish rounds', async () => {
      const partnerAdmin = viewerWith('PARTNER_ADMIN', randomUUID());
      expect(await refusalOf(publish.execute(roundCommand('ACCESS'), partnerAdmin, 'c'))).toMatchObject({
        code: 'AUTH.FORBIDDEN',
      });
    });
  });
});
