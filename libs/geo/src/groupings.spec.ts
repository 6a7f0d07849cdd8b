import { loadGazetteer } from './default-gazetteer';

const gazetteer = loadGazetteer();

describe('groupings', () => {
  const byCode = new Map(gazetteer.groupings().map((grouping) => [grouping.code, grouping]));

  it('reads Lima Metropolitana from the region column: the province of Lima', () => {
    expect(byCode.get('LIMA_METROPOLITANA')?.memberPcodes).toEqual(['PE1501']);
  });

  it('makes Lima Región the rest of the department of Lima', () => {
    const limaRegion = byCode.get('LIMA_REGION')?.memberPcodes ?? [];
    const limaProvinces = gazetteer.children('PE15').map((unit) => unit.pcode);
    expect(limaRegion).toEqual(limaProvinces.filter((pcode) => pcode !== 'PE1501'));
    expect(limaRegion).toHaveLength(9);
  });

  it('makes Lima y Callao Lima Metropolitana plus the department of Callao', () => {
    expect(byCode.get('LIMA_Y_CALLAO')?.memberPcodes).toEqual(['PE07', 'PE1501']);
    expect(gazetteer.unitsInGrouping('LIMA_Y_CALLAO').map((unit) => unit.name)).toEqual(['Callao', 'Lima']);
  });

  it('places units inside members in the grouping', () => {
    expect(gazetteer.groupingsOf('PE150142')).toEqual(['LIMA_METROPOLITANA', 'LIMA_Y_CALLAO']);
    expect(gazetteer.groupingsOf('PE070101')).toEqual(['LIMA_Y_CALLAO']);
    expect(gazetteer.groupingsOf('PE150501')).toEqual(['LIMA_REGION']);
    expect(gazetteer.groupingsOf('PE15')).toEqual([]);
    expect(gazetteer.groupingsOf('PE04')).toEqual([]);
  });

  it('describes every grouping and is no administrative unit', () => {
    for (const grouping of gazetteer.groupings()) {
      expect(grouping.description.length).toBeGreaterThan(20);
      expect(gazetteer.byPcode(grouping.code)).toBeUndefined();
    }
    expect(gazetteer.findByName('Lima Metropolitana').status).toBe('not_found');
    expect(gazetteer.count('department')).toBe(25);
  });
});
