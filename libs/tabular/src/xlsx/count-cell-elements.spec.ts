import { countCellElements, WORKSHEET_PART } from './count-cell-elements';

describe('countCellElements', () => {
  it('counts cell elements and nothing that merely starts with <c', () => {
    const xml = Buffer.from(
      '<worksheet><cols><col min="1"/></cols><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c><v>1</v></c>' +
        '<c r="C1"/></row></sheetData><conditionalFormatting><cfRule/></conditionalFormatting></worksheet>',
    );
    expect(countCellElements(xml)).toBe(3);
  });

  it('recognises worksheet parts only', () => {
    expect(WORKSHEET_PART.test('xl/worksheets/sheet1.xml')).toBe(true);
    expect(WORKSHEET_PART.test('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    expect(WORKSHEET_PART.test('xl/sharedStrings.xml')).toBe(false);
  });
});
