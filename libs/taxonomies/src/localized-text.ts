/** A label or description in the two languages the platform publishes in. */
export interface LocalizedText {
  readonly es: string;
  readonly en: string;
}
