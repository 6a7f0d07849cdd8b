/**
 * The ISO 639-1 two-letter language codes in use (183; the withdrawn `bh` is left out). HSDS accepts
 * 639-1 or 639-3 codes; the directory takes 639-1 only, so one language has one spelling and a
 * filter on `qu` finds every Quechua-speaking service.
 */
export const ISO_639_1_CODES: ReadonlySet<string> = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
    'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ' +
    'ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi ' +
    'mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw ' +
    'sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
    'ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

export function isIso6391Code(code: string): boolean {
  return ISO_639_1_CODES.has(code);
}

const spanishNames = new Intl.DisplayNames(['es'], { type: 'language' });

/** The language's name in Spanish, capitalised as a label (`qu` -> `Quechua`). */
export function languageName(code: string): string {
  const name = spanishNames.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase('es') + name.slice(1);
}
