import { boundaryGeoJson } from './boundaries';
import { loadGazetteer } from './default-gazetteer';

const gazetteer = loadGazetteer();

describe('boundaryGeoJson', () => {
  it('gives the 25 departments, each feature with a P-code the gazetteer knows', () => {
    const departments = boundaryGeoJson('department');
    expect(departments.type).toBe('FeatureCollection');
    const pcodes = departments.features.map((feature) => feature.properties.pcode).sort();
    expect(pcodes).toEqual(gazetteer.list('department').map((unit) => unit.pcode));
  });

  it('gives every province feature a P-code the gazetteer knows at province level', () => {
    const provinces = boundaryGeoJson('province');
    for (const feature of provinces.features) {
      expect(gazetteer.byPcode(feature.properties.pcode)?.level).toBe('province');
      expect(feature.properties.pcode).toBe(`PE${String(feature.properties['FIRST_IDPR'])}`);
    }
  });

  it('explains the 197 province features: two second polygons and no Putumayo', () => {
    const features = boundaryGeoJson('province').features;
    expect(features).toHaveLength(197);
    const counts = new Map<string, number>();
    for (const feature of features)
      counts.set(feature.properties.pcode, (counts.get(feature.properties.pcode) ?? 0) + 1);
    expect(
      [...counts]
        .filter(([, count]) => count > 1)
        .map(([pcode]) => pcode)
        .sort(),
    ).toEqual(['PE0510', 'PE2001']);
    const missing = gazetteer
      .list('province')
      .map((unit) => unit.pcode)
      .filter((pcode) => !counts.has(pcode));
    expect(missing).toEqual(['PE1608']);
  });

  it('parses each file once and shares a frozen copy', () => {
    const first = boundaryGeoJson('department');
    expect(boundaryGeoJson('department')).toBe(first);
    expect(Object.isFrozen(first.features[0].properties)).toBe(true);
    expect(first.features[0].properties['NOMBDEP']).toBe('AMAZONAS');
  });
});
