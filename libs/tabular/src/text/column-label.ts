/** Spreadsheet column letters for a 0-based index: 0 -> `A`, 25 -> `Z`, 26 -> `AA`. */
export function columnLetter(index: number): string {
  let remaining = index + 1;
  let letters = '';
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

/** A range such as `B5:D9` from 1-based rows and 0-based column indexes. */
export function rangeLabel(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}
