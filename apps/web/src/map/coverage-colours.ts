/** Five classes of coverage, red (little) to green (most), readable by people with colour-blindness. */
export const COVERAGE_CLASSES = [
  { upTo: 20, colour: '#b2182b' },
  { upTo: 40, colour: '#ef8a62' },
  { upTo: 60, colour: '#fddbc7' },
  { upTo: 80, colour: '#a6dba0' },
  { upTo: Infinity, colour: '#1b7837' },
] as const;

export const NO_DATA_COLOUR = '#d9d9d9';

export function coverageColour(percent: number | null | undefined): string {
  if (percent == null) return NO_DATA_COLOUR;
  return COVERAGE_CLASSES.find((band) => percent < band.upTo)?.colour ?? NO_DATA_COLOUR;
}
