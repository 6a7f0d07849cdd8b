import { escapeFormulaText, unescapeFormulaText } from './formula-injection';

describe('formula injection', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3+cmd|x', '@SUM(A1)', '\t=1', '\r=1'])('quotes %j', (text) => {
    expect(escapeFormulaText(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and a quote before other text alone', () => {
    expect(escapeFormulaText('Lima')).toBe('Lima');
    expect(escapeFormulaText("'hello")).toBe("'hello");
    expect(unescapeFormulaText("'hello")).toBe("'hello");
    expect(unescapeFormulaText('=1')).toBe('=1');
  });

  it('round-trips every text, including texts that already start with a quote before a formula', () => {
    for (const text of ['=1', "'=1", "''=1", "'", "''", 'a=1', '-', "'-5", '@', "'x"]) {
      expect(unescapeFormulaText(escapeFormulaText(text))).toBe(text);
    }
  });
});
