import { loadGazetteer } from './default-gazetteer';
import type { NameMatch } from './results';

const gazetteer = loadGazetteer();
const pcodes = (match: NameMatch) => {
  if (match.status === 'found') return [match.unit.pcode];
  return match.status === 'ambiguous' ? match.candidates.map((unit) => unit.pcode) : [];
};

describe('Gazetteer.findByName', () => {
  it('finds Lima the department when the level is given', () => {
    const match = gazetteer.findByName('Lima', { level: 'department' });
    expect(match).toEqual({ status: 'found', unit: gazetteer.byPcode('PE15') });
  });

  it('reports Lima without a level as ambiguous, listing department, province and district', () => {
    const match = gazetteer.findByName('Lima');
    expect(match.status).toBe('ambiguous');
    expect(pcodes(match)).toEqual(['PE15', 'PE1501', 'PE150101']);
  });

  it('ignores accents, case, punctuation and spacing', () => {
    for (const spelling of ['San Martín', 'SAN MARTIN', 'san martin', '  San-Martín ', 'san.martin']) {
      expect(pcodes(gazetteer.findByName(spelling))).toEqual(['PE22', 'PE2209', 'PE220303']);
    }
    expect(pcodes(gazetteer.findByName('huanuco', { level: 'department' }))).toEqual(['PE10']);
    expect(pcodes(gazetteer.findByName('HUÁNUCO', { level: 'department' }))).toEqual(['PE10']);
    expect(pcodes(gazetteer.findByName('canete', { level: 'province' }))).toEqual(['PE1505']);
    expect(pcodes(gazetteer.findByName('Anco Huallo'))).toEqual(['PE030602']);
  });

  it('tells Callao the department, province and district apart by level', () => {
    expect(pcodes(gazetteer.findByName('Callao'))).toEqual(['PE07', 'PE0701', 'PE070101']);
    expect(pcodes(gazetteer.findByName('Callao', { level: 'district' }))).toEqual(['PE070101']);
  });

  it('narrows by a parent at any depth', () => {
    expect(pcodes(gazetteer.findByName('Miraflores', { level: 'district' })).length).toBeGreaterThan(2);
    expect(pcodes(gazetteer.findByName('Miraflores', { parentPcode: 'PE15' }))).toEqual(['PE150122', 'PE151021']);
    expect(pcodes(gazetteer.findByName('Miraflores', { parentPcode: 'PE1501' }))).toEqual(['PE150122']);
    expect(pcodes(gazetteer.findByName('Lima', { parentPcode: 'PE15' }))).toEqual(['PE1501', 'PE150101']);
  });

  it('suggests at most five near names for a misspelling, nearest first', () => {
    const arequipa = gazetteer.findByName('Arequpa');
    expect(arequipa.status).toBe('not_found');
    if (arequipa.status !== 'not_found') return;
    expect(arequipa.suggestions[0].pcode).toBe('PE04');
    expect(arequipa.suggestions.map((unit) => unit.name)).toEqual(['Arequipa', 'Arequipa', 'Arequipa']);

    const cuzco = gazetteer.findByName('Cuzco', { level: 'department' });
    expect(cuzco).toEqual({ status: 'not_found', suggestions: [gazetteer.byPcode('PE08')] });

    const santaRoza = gazetteer.findByName('Santa Roza');
    expect(santaRoza.status === 'not_found' && santaRoza.suggestions.length).toBe(5);
  });

  it('suggests nothing for text far from every name', () => {
    expect(gazetteer.findByName('Springfield')).toEqual({ status: 'not_found', suggestions: [] });
    expect(gazetteer.findByName('')).toEqual({ status: 'not_found', suggestions: [] });
  });
});
