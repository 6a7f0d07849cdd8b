import { diffContent, fingerprintOf, type ReportContent } from './report-content';

const content: ReportContent = {
  reportingOrganisationId: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
  implementingOrganisationId: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
  fundingOrganisationId: null,
  projectCode: 'PRJ-1',
  sector: 'HEA',
  subSector: null,
  indicatorCode: 'HEA-01',
  month: '2025-03',
  pcode: 'PE1501',
  siteName: null,
  populationGroup: 'IN_DESTINATION',
  modality: 'SERVICE',
  quantity: 10,
  cells: { girls: 1, boys: 2, women: 3, men: 4, unknown: 0 },
  newBeneficiaries: 4,
  disability: null,
  nationality: null,
};

describe('report content', () => {
  it('lists every field of a new report as changed from null', () => {
    const changes = diffContent(null, content);
    expect(changes.find((change) => change.field === 'quantity')).toEqual({ field: 'quantity', from: null, to: 10 });
    expect(changes.map((change) => change.field)).not.toContain('fundingOrganisationId');
  });

  it('reports only the fields that changed, with before and after', () => {
    const after = { ...content, quantity: 12, cells: { ...content.cells!, unknown: 2 }, siteName: 'Albergue' };
    expect(diffContent(content, after)).toEqual([
      { field: 'siteName', from: null, to: 'Albergue' },
      { field: 'quantity', from: 10, to: 12 },
      { field: 'cells', from: content.cells, to: after.cells },
    ]);
  });

  it('sees no change when only the order of keys differs', () => {
    const reordered = { ...content, cells: { unknown: 0, men: 4, women: 3, boys: 2, girls: 1 } };
    expect(diffContent(content, reordered)).toEqual([]);
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(content));
    expect(fingerprintOf({ ...content, quantity: 11 })).not.toBe(fingerprintOf(content));
  });
});
