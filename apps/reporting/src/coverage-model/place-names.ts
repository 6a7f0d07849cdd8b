import { loadGazetteer } from '@coordination/geo';

/** The place's name from libs/geo (current units first, then the 2020 boundaries); Perú for the country. */
export function placeNameOf(pcode: string): string | null {
  if (pcode === 'PE') return 'Perú';
  const gazetteer = loadGazetteer();
  return (gazetteer.byPcode(pcode) ?? gazetteer.byPcode(pcode, { asOf: '2020-01-01' }))?.name ?? null;
}
