import { AccentDictionary } from './accent-dictionary';
import { toUpperWithoutAccents } from './normalize';

/** Particles written in lower case inside a place name: `Madre de Dios`, `Datem del Marañón`. */
const ALWAYS_LOWER = new Set(['de', 'del', 'y']);
/** Articles written in lower case only right after `de`: `Carmen de la Legua`, but `Villa El Salvador`. */
const LOWER_AFTER_DE = new Set(['la', 'las', 'los']);

/**
 * Turns an upper-case name without accents (`SAN JOSE DE LOS MOLINOS`) into Spanish title case with the
 * accents that the accented sources show (`San José de los Molinos`). Words are looked up first among the
 * unit's own accented texts (its capital, often the same place), then in the dictionary built from all
 * capitals; a word that neither shows keeps its source spelling. Letters the source has (ñ, Á) are never
 * dropped, because a spelling is only borrowed when it has the same letters apart from accents.
 */
export function spanishDisplayName(
  upperName: string,
  ownAccentedTexts: readonly string[],
  dictionary: AccentDictionary,
): string {
  const own = AccentDictionary.fromTexts(ownAccentedTexts);
  const tokens = collapseWhitespace(upperName).split(/([ -])/);
  let previousWord: string | undefined;
  let isFirstWord = true;
  const out: string[] = [];
  for (const token of tokens) {
    if (token === ' ' || token === '-' || token === '') {
      out.push(token);
      continue;
    }
    const sourceIsAccented = toUpperWithoutAccents(token) !== token;
    const spelling = sourceIsAccented
      ? token.toLowerCase()
      : (own.spellingOf(token) ?? dictionary.spellingOf(token) ?? token.toLowerCase());
    const lower = !isFirstWord && isLowerCaseParticle(spelling, previousWord);
    out.push(lower ? spelling : capitalize(spelling));
    previousWord = spelling;
    isFirstWord = false;
  }
  return out.join('');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isLowerCaseParticle(word: string, previousWord: string | undefined): boolean {
  return ALWAYS_LOWER.has(word) || (previousWord === 'de' && LOWER_AFTER_DE.has(word));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
