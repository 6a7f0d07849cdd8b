/** Month names and abbreviations in Spanish (Peru writes `setiembre`) and English, without accents. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, ['enero', 'ene', 'january', 'jan']],
      [2, ['febrero', 'feb', 'february']],
      [3, ['marzo', 'mar', 'march']],
      [4, ['abril', 'abr', 'april', 'apr']],
      [5, ['mayo', 'may']],
      [6, ['junio', 'jun', 'june']],
      [7, ['julio', 'jul', 'july']],
      [8, ['agosto', 'ago', 'august', 'aug']],
      [9, ['septiembre', 'setiembre', 'sep', 'sept', 'set', 'september']],
      [10, ['octubre', 'oct', 'october']],
      [11, ['noviembre', 'nov', 'november']],
      [12, ['diciembre', 'dic', 'december', 'dec']],
    ] as const
  ).flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);
