import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dropDatabase, prepareServiceDatabase } from '@coordination/database';
import { referralsDataSourceOptions } from '../../apps/referrals/src/database/referrals-data-source';
import { nameTokens, normaliseDocumentNumber } from '../../apps/referrals/src/personal-data/blind-index';
import { MasterKeyRing } from '../../apps/referrals/src/personal-data/master-keys';
import type { PersonalData } from '../../apps/referrals/src/personal-data/personal-data';
import { PersonalDataVault } from '../../apps/referrals/src/personal-data/personal-data-vault';
import { log } from '../support/logger';
import { percentile, processUsage, type FiguresResult } from '../support/measurements';
import { SeededRandom } from '../support/random';
import type { FigureRow } from '../support/report';
import { databaseUrl, type BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const CASE_SEARCH = 'case-search';
export const CASE_SEARCH_CLEAR = 'case-search-clear';
export const BENCH_CASE_SEARCH_DATABASE = 'coord_bench_case_search';
export const BENCH_CASE_SEARCH_CLEAR_DATABASE = 'coord_bench_case_search_clear';

const CASES = 100_000;
const SEARCHES = 1_000;
const BATCH = 1_000;
const ORGANISATION = '0b6f3c52-0f35-4a1e-9c1b-6e9d2a9c0a11';
const GIVEN = [
  'José',
  'María',
  'Yeferson',
  'Luisa',
  'Carlos',
  'Ana',
  'Jesús',
  'Valentina',
  'Andrés',
  'Rosa',
  'Miguel',
  'Daniela',
  'Jhon',
  'Yuleisy',
  'Luis',
  'Carmen',
  'Pedro',
  'Gabriela',
  'Víctor',
  'Sofía',
];
const FAMILY = [
  'González',
  'Rodríguez',
  'Pérez',
  'Hernández',
  'García',
  'Martínez',
  'López',
  'Quintero',
  'Ramírez',
  'Torres',
  'Flores',
  'Rivas',
  'Mendoza',
  'Guaramato',
  'Huamán',
  'Quispe',
  'Barrios',
  'Salazar',
  'Chávez',
  'Villalobos',
];
/** How registration staff mis-hear the names above: the searches use these spellings. */
const HEARD: Record<string, string> = {
  José: 'Yosé',
  González: 'Gonsalez',
  Valentina: 'Balentina',
  Hernández: 'Ernandez',
  Villalobos: 'Biyalobos',
  Yeferson: 'Jeferson',
  Jesús: 'Jesus',
  Quintero: 'Kintero',
};

interface Person {
  caseId: string;
  data: PersonalData;
}

function people(): Person[] {
  const random = new SeededRandom(20261125);
  return Array.from({ length: CASES }, (_, index) => {
    const given = `${random.pick(GIVEN)} ${random.pick(GIVEN)}`;
    const family = `${random.pick(FAMILY)} ${random.pick(FAMILY)}`;
    return {
      caseId: randomUUID(),
      data: {
        givenNames: given,
        familyNames: family,
        document: { type: 'CEDULA', number: `V-${(10_000_000 + index * 7).toLocaleString('es-VE')}` },
        nationality: 'VEN',
      },
    };
  });
}

/** Half the searches by document number (as typed, dashes and dots dropped), half by three names as heard. */
function searches(population: Person[]): { person: Person; query: { documentNumber?: string; name?: string } }[] {
  const random = new SeededRandom(7);
  return Array.from({ length: SEARCHES }, (_, index) => {
    const person = population[random.int(population.length)];
    if (index % 2 === 0) return { person, query: { documentNumber: person.data.document!.number.replace(/\W/g, '') } };
    const [first] = person.data.givenNames.split(' ');
    const words = [first, ...person.data.familyNames.split(' ')];
    return { person, query: { name: words.map((word) => HEARD[word] ?? word).join(' ') } };
  });
}

async function freshDatabase(settings: BenchSettings, name: string): Promise<DataSource> {
  const url = databaseUrl(settings, name);
  await dropDatabase(url);
  await prepareServiceDatabase(referralsDataSourceOptions(url));
  const dataSource = new DataSource({ ...referralsDataSourceOptions(url), extra: { max: 4 } });
  await dataSource.initialize();
  return dataSource;
}

async function insertCases(
  dataSource: DataSource,
  rows: { caseId: string; sealed: Buffer; keyId: string; terms: string[] }[],
) {
  await dataSource.query(
    `INSERT INTO referral_case (id, organisation_id, data_key_id, sealed, version, created_at, created_by, updated_at, updated_by)
     SELECT id, $2, key_id, sealed, 1, now(), 'bench', now(), 'bench'
       FROM unnest($1::uuid[], $3::text[], $4::bytea[]) AS row(id, key_id, sealed)`,
    [rows.map((row) => row.caseId), ORGANISATION, rows.map((row) => row.keyId), rows.map((row) => row.sealed)],
  );
  const terms = rows.flatMap((row) => row.terms.map((term) => [row.caseId, term] as const));
  await dataSource.query(
    `INSERT INTO case_search_term (case_id, term, organisation_id)
     SELECT case_id, term, $3 FROM unnest($1::uuid[], $2::text[]) AS row(case_id, term)`,
    [terms.map(([caseId]) => caseId), terms.map(([, term]) => term), ORGANISATION],
  );
}

/** The query of the referrals service's case search (SearchCasesQuery), with its ranking. */
const SEARCH_SQL = `
  SELECT term.case_id, count(*) AS matched
    FROM case_search_term term
    JOIN referral_case ON referral_case.id = term.case_id
   WHERE term.organisation_id = $1 AND term.term = ANY($2)
   GROUP BY term.case_id, referral_case.created_at
  HAVING count(*) >= $3
   ORDER BY matched DESC, referral_case.created_at DESC, term.case_id
   LIMIT 20`;

type TermsOf = (query: {
  documentNumber?: string;
  name?: string;
}) => Promise<{ terms: string[]; minimumMatches: number }>;

async function timeSearches(dataSource: DataSource, population: Person[], termsOf: TermsOf, aborted: () => boolean) {
  const byDocument: number[] = [];
  const byName: number[] = [];
  const found = { document: 0, name: 0 };
  for (const { person, query } of searches(population)) {
    if (aborted()) throw new Error('aborted');
    const start = performance.now();
    const { terms, minimumMatches } = await termsOf(query);
    const rows: { case_id: string }[] = await dataSource.query(SEARCH_SQL, [ORGANISATION, terms, minimumMatches]);
    (query.documentNumber ? byDocument : byName).push(performance.now() - start);
    if (rows.some((row) => row.case_id === person.caseId)) found[query.documentNumber ? 'document' : 'name']++;
  }
  return { byDocument, byName, found };
}

function summary(prefix: string, values: number[]): Record<string, number> {
  const sorted = [...values].sort((a, b) => a - b);
  return { [`${prefix}P50`]: percentile(sorted, 50), [`${prefix}P99`]: percentile(sorted, 99) };
}

async function run(
  settings: BenchSettings,
  aborted: () => boolean,
  mode: { caseName: string; database: string; sealed: boolean },
): Promise<FiguresResult> {
  const notes = [loadNote('at the start')];
  const dataSource = await freshDatabase(settings, mode.database);
  try {
    const population = people();
    const vault = new PersonalDataVault(
      dataSource,
      MasterKeyRing.fromEnvironment({ REFERRALS_MASTER_KEYS: `bench:${randomBytes(32).toString('base64')}` }),
    );
    const clearTerms = (data: PersonalData) => [
      ...new Set([
        `document-number:${normaliseDocumentNumber(data.document!.number)}`,
        ...nameTokens(`${data.givenNames} ${data.familyNames}`).map((token) => `name:${token}`),
      ]),
    ];
    const loadStart = performance.now();
    for (let start = 0; start < population.length; start += BATCH) {
      if (aborted()) throw new Error('aborted');
      const batch = population.slice(start, start + BATCH);
      const rows = await dataSource.transaction(async (manager) =>
        Promise.all(
          batch.map(async ({ caseId, data }) => {
            if (!mode.sealed) {
              return { caseId, keyId: 'none', sealed: Buffer.from(JSON.stringify(data)), terms: clearTerms(data) };
            }
            const { dataKeyId, sealed } = await vault.seal(manager, ORGANISATION, caseId, data);
            return { caseId, keyId: dataKeyId, sealed, terms: await vault.indexTerms(manager, ORGANISATION, data) };
          }),
        ),
      );
      await insertCases(dataSource, rows);
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    log(`${mode.caseName}: ${CASES.toLocaleString('en-US')} cases loaded in ${loadSeconds.toFixed(1)} s`);
    await dataSource.query('ANALYZE');
    const termsOf: TermsOf = mode.sealed
      ? (query) => dataSource.transaction((manager) => vault.queryTerms(manager, ORGANISATION, query))
      : async (query) => {
          if (query.documentNumber) {
            return { terms: [`document-number:${normaliseDocumentNumber(query.documentNumber)}`], minimumMatches: 1 };
          }
          const terms = [...new Set(nameTokens(query.name ?? '').map((token) => `name:${token}`))];
          return { terms, minimumMatches: terms.length };
        };
    const { byDocument, byName, found } = await timeSearches(dataSource, population, termsOf, aborted);
    notes.push(loadNote('at the end'));
    return {
      caseName: mode.caseName,
      complete: true,
      figures: {
        cases: CASES,
        loadCasesPerSecond: CASES / loadSeconds,
        ...summary('document', byDocument),
        ...summary('name', byName),
        documentFoundPercent: (100 * found.document) / byDocument.length,
        nameFoundPercent: (100 * found.name) / byName.length,
      },
      ...processUsage(),
      checks: [
        `${SEARCHES} searches; the wanted case among the first 20: ${found.document} by document, ${found.name} by name`,
      ],
      notes,
    };
  } finally {
    await dataSource.destroy();
    await dropDatabase(databaseUrl(settings, mode.database));
  }
}

export function runCaseSearch(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  return run(settings, aborted, { caseName: CASE_SEARCH, database: BENCH_CASE_SEARCH_DATABASE, sealed: true });
}

export function runCaseSearchClear(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  return run(settings, aborted, {
    caseName: CASE_SEARCH_CLEAR,
    database: BENCH_CASE_SEARCH_CLEAR_DATABASE,
    sealed: false,
  });
}

const ms = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 2 });

export const CASE_SEARCH_ROWS: FigureRow[] = [
  { label: 'cases in the organisation', value: (r) => r.figures.cases ?? null, digits: 0, compare: false },
  {
    label: 'load: cases sealed, indexed and inserted per second',
    value: (r) => r.figures.loadCasesPerSecond ?? null,
    digits: 0,
  },
  ms('search by document number p50 (ms)', 'documentP50'),
  ms('search by document number p99 (ms)', 'documentP99'),
  ms('search by three names as heard p50 (ms)', 'nameP50'),
  ms('search by three names as heard p99 (ms)', 'nameP99'),
  {
    label: 'by document: wanted case found (%)',
    value: (r) => r.figures.documentFoundPercent ?? null,
    digits: 1,
    compare: false,
  },
  {
    label: 'by name: wanted case in the first 20 (%)',
    value: (r) => r.figures.nameFoundPercent ?? null,
    digits: 1,
    compare: false,
  },
];

export function describeCaseSearch(): string {
  return (
    `${CASES.toLocaleString('en-US')} synthetic Venezuelan cases of one organisation (seeded names from 20 given and ` +
    `20 family names, so many share names; unique document numbers), sealed by the referrals vault (AES-256-GCM, ` +
    `organisation keys wrapped by a master key) with their blind-index terms, in the referrals tables of a fresh ` +
    `database. Then ${SEARCHES.toLocaleString('en-US')} searches, one at a time, through the referrals service's ` +
    `search query (terms computed by the vault, matched, ranked, first 20): half by document number as typed, half ` +
    `by the first given name and both family names as heard (Yosé Gonsalez for José González...); with 20 × 20 ` +
    `names, a name search returns many namesakes and the wanted case is in the first 20 only when few share its names. ` +
    `Each figure includes ` +
    `computing the terms (an HMAC each). Baseline: the same tables and query with the normalised values in clear ` +
    `(no sealing, no HMAC; exact name words, so misspelt names are not found): what search would cost unencrypted.`
  );
}
