import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { needsDataSourceOptions } from '../database/needs-data-source';
import { NeedsFiguresResolver } from '../rounds/figures/needs-figures.resolver';
import { PublishNeedsRoundUseCase } from '../rounds/publish-round/publish-needs-round.use-case';
import { startNeedsTestModule, viewerWith, type NeedsTestModule } from '../testing/needs-test-module';
import { PUBLISHED_2022 } from '../testing/published-2022';
import { DEMO_ANALYSIS_CODE, demoRound2022 } from './demo-round-2022';

describe('the demo round: the published 2022 people-in-need table', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;

  beforeAll(async () => {
    database = await createTestDatabase('needs_demo', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('needs-demo'));
    await app.get(PublishNeedsRoundUseCase).execute(demoRound2022(), viewerWith('PLATFORM_ADMIN'), 'demo');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('gives national totals per sector equal to the published table exactly', async () => {
    const totals = await app
      .get(NeedsFiguresResolver)
      .peopleInNeedTotals({ analysisCode: DEMO_ANALYSIS_CODE, asOf: '2022-06-30' });
    expect(Object.fromEntries(totals.sectors.map((sector) => [sector.sector, sector.peopleInNeed]))).toEqual(
      PUBLISHED_2022,
    );
    for (const sector of totals.sectors) {
      const { girls, boys, women, men, unknown } = sector.cells;
      expect(girls + boys + women + men + unknown).toBe(sector.peopleInNeed);
    }
    // Food security is the largest sector everywhere it is compared, and the intersectoral figure never exceeds the sum.
    expect(totals.intersectoralPeopleInNeed).toBeGreaterThanOrEqual(PUBLISHED_2022.FSC);
    expect(totals.intersectoralPeopleInNeed).toBeLessThan(Object.values(PUBLISHED_2022).reduce((a, b) => a + b, 0));
  });

  it('puts more than 70% of the people in need in destination in Lima and Callao', async () => {
    const resolver = app.get(NeedsFiguresResolver);
    const filter = {
      analysisCode: DEMO_ANALYSIS_CODE,
      asOf: '2022-06-30',
      sector: 'HEA',
      populationGroup: 'IN_DESTINATION' as const,
    };
    const all = await resolver.peopleInNeed(filter, { first: 100 });
    const total = all.nodes.reduce((sum, row) => sum + row.peopleInNeed, 0);
    const limaCallao = all.nodes.filter((row) => row.pcode === 'PE15' || row.pcode === 'PE07');
    expect(limaCallao.reduce((sum, row) => sum + row.peopleInNeed, 0) / total).toBeGreaterThan(0.7);
  });

  it('adds nothing when loaded twice', async () => {
    const count = async () =>
      (await database.dataSource.query(`SELECT count(*)::int AS n FROM people_in_need_cell`))[0].n;
    const before = await count();
    await app.get(PublishNeedsRoundUseCase).execute(demoRound2022(), viewerWith('PLATFORM_ADMIN'), 'demo-again');
    expect(await count()).toBe(before);
  });
});
