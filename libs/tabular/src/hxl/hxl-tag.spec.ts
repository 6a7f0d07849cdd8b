import { formatHxlTag, hxlTagMatches, isHxlTag, normaliseHxlTag, parseHxlTag } from './hxl-tag';

describe('HXL hashtags', () => {
  it('normalises case, spacing and attribute order', () => {
    expect(normaliseHxlTag('#reached +f +children')).toBe('#reached+children+f');
    expect(normaliseHxlTag('  #Adm1+Code ')).toBe('#adm1+code');
    expect(normaliseHxlTag('#org +impl +impl')).toBe('#org+impl');
  });

  it('recognises only well-formed hashtags', () => {
    expect(isHxlTag('#sector')).toBe(true);
    expect(isHxlTag('#adm1 +name')).toBe(true);
    expect(isHxlTag('sector')).toBe(false);
    expect(isHxlTag('#1sector')).toBe(false);
    expect(isHxlTag('# sector')).toBe(false);
    expect(isHxlTag('#sector+')).toBe(false);
    expect(normaliseHxlTag('Total')).toBeUndefined();
  });

  it('matches when the column has the base tag and at least the wanted attributes', () => {
    const column = parseHxlTag('#reached +children +f')!;
    expect(hxlTagMatches(column, parseHxlTag('#reached')!)).toBe(true);
    expect(hxlTagMatches(column, parseHxlTag('#reached+f')!)).toBe(true);
    expect(hxlTagMatches(column, parseHxlTag('#reached+m')!)).toBe(false);
    expect(hxlTagMatches(column, parseHxlTag('#targeted+f')!)).toBe(false);
    expect(formatHxlTag(column)).toBe('#reached+children+f');
  });
});
