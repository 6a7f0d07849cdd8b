import { boundedEditDistance } from './edit-distance';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('cusco', 'cuzco', 3)).toBe(1);
    expect(boundedEditDistance('arequpa', 'arequipa', 3)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('lima', 'lima', 0)).toBe(0);
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('lima', 'huancavelica', 2)).toBe(3);
    expect(boundedEditDistance('abcd', 'wxyz', 1)).toBe(2);
  });
});
