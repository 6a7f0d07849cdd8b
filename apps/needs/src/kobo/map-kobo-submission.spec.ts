import { loadGazetteer } from '@coordination/geo';
import { koboFormMappingSchema } from './kobo-form-mapping.schema';
import { mapKoboSubmission } from './map-kobo-submission';

const mapping = koboFormMappingSchema.parse({
  place: { field: 'lugar/distrito', coding: 'name', parentField: 'lugar/departamento', level: 'district' },
  populationGroup: { field: 'perfil/grupo', values: { destino: 'IN_DESTINATION', transito: 'IN_TRANSIT' } },
  values: [
    { field: 'hogar/miembros', name: 'householdSize', type: 'integer', required: true },
    { field: 'hogar/gasto', name: 'monthlySpending', type: 'number' },
    {
      field: 'necesidades/principal',
      name: 'mainNeed',
      type: 'choice',
      choices: { alimentos: 'FOOD', salud: 'HEALTH' },
    },
    { field: 'necesidades/documentos', name: 'hasDocuments', type: 'boolean' },
  ],
});
const scope = { pcodes: ['PE15', 'PE24'] };
const gazetteer = loadGazetteer();

function submission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    _uuid: 'a1b2',
    today: '2026-03-14',
    'lugar/departamento': 'Tumbes',
    'lugar/distrito': 'Zarumilla',
    'perfil/grupo': 'transito',
    'hogar/miembros': '5',
    'hogar/gasto': '420.50',
    'necesidades/principal': 'salud',
    'necesidades/documentos': 'no',
    'respondente/nombre': 'María Quispe',
    'respondente/telefono': '+51 987 654 321',
    ...overrides,
  };
}

describe('mapKoboSubmission', () => {
  it('keeps only the mapped answers, typed, with the place resolved by name within its department', () => {
    const result = mapKoboSubmission(submission(), mapping, gazetteer, scope);
    expect(result).toEqual({
      ok: true,
      record: {
        pcode: 'PE240301',
        populationGroup: 'IN_TRANSIT',
        collectedOn: '2026-03-14',
        values: { householdSize: 5, monthlySpending: 420.5, mainNeed: 'HEALTH', hasDocuments: false },
      },
    });
    expect(JSON.stringify(result)).not.toMatch(/Quispe|987/);
  });

  it('takes the day from _submission_time when the form has no today question', () => {
    const result = mapKoboSubmission(
      submission({ today: undefined, _submission_time: '2026-03-15T22:10:00' }),
      mapping,
      gazetteer,
      scope,
    );
    expect(result.ok && result.record.collectedOn).toBe('2026-03-15');
  });

  it('lists every problem at once, each with the question at fault', () => {
    const result = mapKoboSubmission(
      submission({
        'lugar/distrito': 'Narnia',
        'perfil/grupo': 'turista',
        'hogar/miembros': '',
        'hogar/gasto': 'mucho',
        'necesidades/principal': 'vivienda',
        'necesidades/documentos': 'quizás',
      }),
      mapping,
      gazetteer,
      scope,
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(({ code, field }) => `${code} ${field}`);
    expect(problems).toEqual([
      'KOBO.UNMAPPABLE_PLACE lugar/distrito',
      'KOBO.UNMAPPABLE_VALUE perfil/grupo',
      'KOBO.MISSING_ANSWER hogar/miembros',
      'KOBO.UNMAPPABLE_VALUE hogar/gasto',
      'KOBO.UNMAPPABLE_VALUE necesidades/principal',
      'KOBO.UNMAPPABLE_VALUE necesidades/documentos',
    ]);
  });

  it('refuses a place outside the places the assessment covers, and a date that is not one', () => {
    const outside = mapKoboSubmission(
      submission({ 'lugar/departamento': 'Tacna', 'lugar/distrito': 'Tacna' }),
      mapping,
      gazetteer,
      scope,
    );
    expect(outside.ok ? [] : outside.problems.map((problem) => problem.code)).toEqual(['KOBO.OUTSIDE_ASSESSMENT']);
    const undated = mapKoboSubmission(submission({ today: '14/03/2026' }), mapping, gazetteer, scope);
    expect(undated.ok ? [] : undated.problems.map((problem) => `${problem.code} ${problem.field}`)).toEqual([
      'KOBO.INVALID_DATE today',
    ]);
  });

  it('needs a parent question for a name that several places share', () => {
    const ambiguous = mapKoboSubmission(
      submission({ 'lugar/departamento': undefined, 'lugar/distrito': 'San Juan' }),
      koboFormMappingSchema.parse({
        ...mapping,
        place: { field: 'lugar/distrito', coding: 'name', level: 'district' },
      }),
      gazetteer,
      { pcodes: ['PE'] },
    );
    expect(ambiguous.ok ? '' : ambiguous.problems[0].message).toMatch(/several places/);
  });
});
