import { toUpperWithoutAccents } from './normalize';

const WORD = /\p{L}+/gu;

/**
 * How words are spelled in text that carries accents (the CSVs' `capital` column), keyed by the
 * upper-case spelling without accents used by the name columns: `HUANUCO` -> `huánuco`.
 * Spellings are kept in lower case; casing is the job of the caller.
 */
export class AccentDictionary {
  private readonly counts = new Map<string, Map<string, number>>();

  static fromTexts(texts: Iterable<string>): AccentDictionary {
    const dictionary = new AccentDictionary();
    for (const text of texts) dictionary.add(text);
    return dictionary;
  }

  add(text: string): void {
    for (const word of wordsOf(text)) {
      const key = toUpperWithoutAccents(word);
      const spelling = word.toLowerCase();
      const spellings = this.counts.get(key) ?? new Map<string, number>();
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
      this.counts.set(key, spellings);
    }
  }

  /** The most frequent spelling seen for the word (first seen wins a tie), or undefined if never seen. */
  spellingOf(upperWord: string): string | undefined {
    const spellings = this.counts.get(toUpperWithoutAccents(upperWord));
    if (spellings === undefined) return undefined;
    let best: [string, number] | undefined;
    for (const entry of spellings) if (best === undefined || entry[1] > best[1]) best = entry;
    return best?.[0];
  }
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
