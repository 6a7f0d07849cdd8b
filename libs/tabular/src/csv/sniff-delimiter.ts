export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** On a tie, the rarer character wins: commas also appear in text and in decimals (`1,5`), tabs do not. */
const CANDIDATES: readonly CsvDelimiter[] = ['\t', ';', '|', ','];
const SAMPLE_RECORDS = 50;
const SAMPLE_CHARACTERS = 256 * 1024;

/**
 * Picks the delimiter that splits the first records most consistently: for each candidate, the most common
 * non-zero count per record, and how many records have exactly that count. Quoted text is skipped, so a
 * `;` inside `"a; b"` does not count. Title rows without delimiters just do not vote. A file with one
 * column has no delimiter to find and reads as comma-separated.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = countOutsideQuotes(text.slice(0, SAMPLE_CHARACTERS));
  let best: { delimiter: CsvDelimiter; agreeing: number; perRecord: number } = {
    delimiter: ',',
    agreeing: 0,
    perRecord: 0,
  };
  for (const delimiter of CANDIDATES) {
    const { value: perRecord, frequency: agreeing } = mostCommonNonZero(counts.map((record) => record[delimiter]));
    if (agreeing > best.agreeing || (agreeing === best.agreeing && perRecord > best.perRecord)) {
      best = { delimiter, agreeing, perRecord };
    }
  }
  return best.delimiter;
}

type DelimiterCounts = Record<CsvDelimiter, number>;

function countOutsideQuotes(text: string): DelimiterCounts[] {
  const records: DelimiterCounts[] = [];
  let current = emptyCounts();
  let inQuotes = false;
  for (let index = 0; index < text.length && records.length < SAMPLE_RECORDS; index++) {
    const char = text[index]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === '\n' || char === '\r') {
      records.push(current);
      current = emptyCounts();
    } else if (char in current) current[char as CsvDelimiter]++;
  }
  records.push(current);
  return records;
}

function emptyCounts(): DelimiterCounts {
  return { ',': 0, ';': 0, '\t': 0, '|': 0 };
}

function mostCommonNonZero(values: readonly number[]): { value: number; frequency: number } {
  const frequencies = new Map<number, number>();
  for (const value of values) if (value > 0) frequencies.set(value, (frequencies.get(value) ?? 0) + 1);
  let best = { value: 0, frequency: 0 };
  for (const [value, frequency] of frequencies) {
    if (frequency > best.frequency || (frequency === best.frequency && value > best.value)) best = { value, frequency };
  }
  return best;
}
