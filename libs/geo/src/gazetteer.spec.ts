import { loadGazetteer } from './default-gazetteer';
import { loadUnitsFromDataDir } from './loading/load-units';

const gazetteer = loadGazetteer();

describe('Gazetteer on the national data', () => {
  it('counts 25 departments, 196 provinces and 1,892 districts', () => {
    expect(gazetteer.count('department')).toBe(25);
    expect(gazetteer.count('province')).toBe(196);
    // The district file has 1,893 records (1,896 lines: header, and two records span two lines);
    // San Antonio (Moquegua) has no INEI code and so no P-code.
    expect(gazetteer.count('district')).toBe(1892);
    expect(loadUnitsFromDataDir().skipped).toEqual([
      expect.objectContaining({ level: 'district', upperName: 'SAN ANTONIO', ineiCode: null, reniecCode: '170107' }),
    ]);
  });

  it('resolves every district and rolls it up to the department and province its code starts with', () => {
    const districts = gazetteer.list('district');
    for (const district of districts) {
      expect(gazetteer.byPcode(district.pcode)).toBe(district);
      expect(gazetteer.byIneiCode(district.ineiCode)).toBe(district);
      expect(gazetteer.rollUp(district.pcode, 'department')?.pcode).toBe(`PE${district.ineiCode.slice(0, 2)}`);
      expect(gazetteer.departmentOf(district.pcode)?.pcode).toBe(`PE${district.ineiCode.slice(0, 2)}`);
      expect(gazetteer.rollUp(district.pcode, 'province')?.pcode).toBe(`PE${district.ineiCode.slice(0, 4)}`);
    }
    expect(districts).toHaveLength(1892);
  });

  it('links every unit to its children and ancestors', () => {
    expect(gazetteer.children('PE07').map((unit) => unit.pcode)).toEqual(['PE0701']);
    expect(gazetteer.children('PE0701')).toHaveLength(7);
    expect(gazetteer.children('PE15')).toHaveLength(10);
    expect(gazetteer.children('PE150101')).toEqual([]);
    expect(gazetteer.ancestors('PE150142').map((unit) => unit.pcode)).toEqual(['PE15', 'PE1501']);
    expect(gazetteer.ancestors('PE15')).toEqual([]);
    expect(gazetteer.ancestors('PE99')).toEqual([]);
    const childCount = gazetteer.list('province').reduce((sum, p) => sum + gazetteer.children(p.pcode).length, 0);
    expect(childCount).toBe(gazetteer.count('district'));
  });

  it('rolls up only to higher levels', () => {
    expect(gazetteer.rollUp('PE1501', 'province')?.pcode).toBe('PE1501');
    expect(gazetteer.rollUp('PE1501', 'district')).toBeUndefined();
    expect(gazetteer.rollUp('PE999999', 'department')).toBeUndefined();
  });

  it('accepts INEI codes in 2, 4 and 6 digits and the padded forms', () => {
    expect(gazetteer.byIneiCode('15')?.pcode).toBe('PE15');
    expect(gazetteer.byIneiCode('150000')?.pcode).toBe('PE15');
    expect(gazetteer.byIneiCode('1501')?.pcode).toBe('PE1501');
    expect(gazetteer.byIneiCode('150100')?.pcode).toBe('PE1501');
    expect(gazetteer.byIneiCode('150101')?.pcode).toBe('PE150101');
    expect(gazetteer.byIneiCode('99')).toBeUndefined();
    expect(gazetteer.byIneiCode('1')).toBeUndefined();
    expect(gazetteer.byPcode('PE150000')).toBeUndefined();
  });

  it('keeps the RENIEC crosswalk for Callao and Cusco in both directions', () => {
    const callao = gazetteer.byPcode('PE07');
    expect(callao).toMatchObject({ name: 'Callao', ineiCode: '070000', reniecCode: '240000' });
    expect(gazetteer.byReniecCode('24')).toBe(callao);
    expect(gazetteer.byReniecCode('240000')).toBe(callao);
    expect(gazetteer.byIneiCode('24')?.name).toBe('Tumbes');

    const cusco = gazetteer.byPcode('PE08');
    expect(cusco).toMatchObject({ name: 'Cusco', ineiCode: '080000', reniecCode: '070000' });
    expect(gazetteer.byReniecCode('07')).toBe(cusco);
    expect(gazetteer.byIneiCode('07')).toBe(callao);

    expect(gazetteer.byReniecCode('2401')?.pcode).toBe('PE0701');
    expect(gazetteer.byReniecCode('240101')?.pcode).toBe('PE070101');
    expect(gazetteer.byPcode('PE080101')?.reniecCode).toBe('070101');
  });

  it('leaves the RENIEC code empty where the source has none', () => {
    expect(gazetteer.byPcode('PE150144')).toMatchObject({ name: 'Santa María de Huachipa', reniecCode: null });
  });

  it('keeps the source region, which splits Lima', () => {
    expect(gazetteer.byPcode('PE1501')?.region).toBe('LIMA PROVINCIA');
    expect(gazetteer.byPcode('PE150142')?.region).toBe('LIMA PROVINCIA');
    expect(gazetteer.byPcode('PE1505')?.region).toBe('LIMA REGION');
    expect(gazetteer.byPcode('PE15')?.region).toBeNull();
    expect(gazetteer.byPcode('PE07')?.region).toBe('CALLAO');
    expect(gazetteer.byPcode('PE1501')?.iso3166_2).toBe('PE-LMA');
    expect(gazetteer.byPcode('PE15')?.iso3166_2).toBe('PE-LIM');
  });

  it('gives accented title-case names and ASCII names', () => {
    expect(gazetteer.byPcode('PE10')).toMatchObject({ name: 'Huánuco', nameAscii: 'Huanuco' });
    expect(gazetteer.byPcode('PE22')).toMatchObject({ name: 'San Martín', nameAscii: 'San Martin' });
    expect(gazetteer.byPcode('PE03')).toMatchObject({ name: 'Apurímac', nameAscii: 'Apurimac' });
    expect(gazetteer.byPcode('PE17')?.name).toBe('Madre de Dios');
    expect(gazetteer.byPcode('PE1505')).toMatchObject({ name: 'Cañete', nameAscii: 'Canete' });
    expect(gazetteer.byPcode('PE150142')?.name).toBe('Villa El Salvador');
    expect(gazetteer.byPcode('PE070103')?.name).toBe('Carmen de la Legua Reynoso');
    for (const unit of gazetteer.list()) expect(unit.nameAscii).toMatch(/^[A-Za-z -]+$/);
  });

  it('is built once per process', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });
});
