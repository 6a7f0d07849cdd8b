import { organisationNameEntries } from './organisation-names';

describe('organisationNameEntries', () => {
  it('normalises names the way search compares them', () => {
    expect(organisationNameEntries('Cáritas del Perú', 'Cáritas', []).map((entry) => entry.normalised)).toEqual([
      'caritas del peru',
      'caritas',
    ]);
  });

  it('keeps one entry per normalised name, preferring the name, then the acronym', () => {
    const entries = organisationNameEntries('ACNUR', 'acnur', ['Acnúr', 'UNHCR']);
    expect(entries.map(({ name, kind }) => [name, kind])).toEqual([
      ['ACNUR', 'NAME'],
      ['UNHCR', 'ALIAS'],
    ]);
  });

  it('points each alias at its place in the input, for errors', () => {
    expect(
      organisationNameEntries('Plan International', null, ['Plan', 'Plan Perú']).map((entry) => entry.field),
    ).toEqual(['input.name', 'input.aliases.0', 'input.aliases.1']);
  });
});
